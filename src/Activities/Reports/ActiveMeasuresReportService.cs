using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Privacy;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Reports;

/// <summary>
/// The written documentation of an administration's active measures for a year (Diskrimineringslagen 3 kap.; an
/// employer with 25 or more employees documents the yearly work): for each of the five areas the four steps
/// (investigate, analyse, act, follow up), every risk with its measure, owner and dates, the pay survey's summary, and
/// the follow-up of last year's measures. It draws on the administration's labs whose flow has a step tagged
/// <c>investigation</c> and that started that year (and the year before, for the follow-up), through the read rule.
/// </summary>
public sealed class ActiveMeasuresReportService(ILabStore labs, ReportSources sources)
{
    /// <summary>The earliest and latest year that can be documented.</summary>
    public const int FirstYear = 2000;

    public const int LastYear = 2100;

    /// <summary>The document for <paramref name="administrationId"/> and <paramref name="year"/> as <paramref name="viewerId"/> may read it; journaled per lab.</summary>
    /// <exception cref="LabDomainException">
    /// <c>not_found</c> for an unknown administration; <c>forbidden</c> unless the viewer is a member of it in a role
    /// other than participant or holds an organisation-wide role; <c>invalid</c> for a year out of range.
    /// </exception>
    public async Task<ReportDocument> ExportAsync(string administrationId, int year, Guid viewerId, string? language, CancellationToken cancellationToken)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new LabDomainException(LabErrors.Invalid, ReportMessages.YearOutOfRange.With(("year", year)));
        }

        var administration = await sources.AdministrationAsync(administrationId, cancellationToken);
        if (!await sources.MayExportForAsync(viewerId, administration.Id, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, ReportMessages.ActiveMeasuresForbidden.With(("administration", administration.Name)));
        }

        var texts = ReportTexts.For(language);
        var thisYear = await YearAsync(administration.Id, year, viewerId, cancellationToken);
        var lastYear = await YearAsync(administration.Id, year - 1, viewerId, cancellationToken);
        var answers = new AnswerBlocks(texts, await sources.NamesAsync(thisYear.Concat(lastYear).SelectMany(l => l.Tasks), cancellationToken));

        var lead = new List<string> { texts.ActiveMeasuresLead(year) };
        lead.Add(thisYear.Count == 0 ? texts.NoLabs(year) : texts.LabsIncluded(string.Join(", ", thisYear.Select(l => l.Lab.Title))));
        var sections = new List<ReportSection>();
        foreach (var area in FormPresets.EmployerAreaOptions)
        {
            sections.Add(Area(area, thisYear, texts, answers));
        }

        sections.Add(ReportSection.Of(texts.RisksAndMeasures, RiskTable(thisYear, texts, answers, area: null) ?? (ReportBlock)new ReportParagraph(texts.NoMeasures)));
        sections.Add(PaySurvey(thisYear, texts, answers));
        sections.Add(LastYearSection(lastYear, year - 1, texts, answers));
        var hidden = thisYear.Concat(lastYear).SelectMany(l => l.Withheld).Select(t => t.Title.Get(texts.Culture)).Distinct(StringComparer.Ordinal).ToList();
        sections.Add(new ReportSection(
            texts.AboutReport,
            [new ReportParagraph(texts.Generated(sources.Now)), .. hidden.Count > 0 ? [new ReportParagraph(texts.Withheld(string.Join(", ", hidden)))] : Array.Empty<ReportBlock>()],
            []));

        await sources.LogExportAsync(viewerId, thisYear.Concat(lastYear).Select(l => l.Lab), AccessKind.ActiveMeasuresExport, cancellationToken);
        return new ReportDocument(texts.ActiveMeasuresTitle(administration.Name, year), texts.Language, lead, sections, texts.ActiveMeasuresFileName(administration.Name, year));
    }

    /// <summary>One lab of active measures with its flow and the completed tasks the reader may read.</summary>
    private sealed record MeasuresLab(Lab Lab, WorkflowDefinition Definition, IReadOnlyList<LabTask> Tasks, IReadOnlyList<LabTask> Withheld)
    {
        public IEnumerable<LabTask> Tagged(string tag)
        {
            var steps = StepTags.StepsTagged(Definition, tag);
            return Tasks.Where(t => steps.Contains(t.ActivityId!));
        }
    }

    private async Task<IReadOnlyList<MeasuresLab>> YearAsync(string administrationId, int year, Guid viewerId, CancellationToken cancellationToken)
    {
        var found = new List<MeasuresLab>();
        foreach (var lab in (await labs.ListAsync(administrationId, cancellationToken)).Where(l => l.StartDate.Year == year).OrderBy(l => l.StartDate))
        {
            var definition = await sources.DefinitionAsync(lab.Id, cancellationToken);
            if (definition is null || StepTags.StepsTagged(definition, StepTags.Investigation).Count == 0)
            {
                continue;
            }

            var (readable, withheld) = await sources.CompletedTasksAsync(lab, viewerId, cancellationToken);
            found.Add(new MeasuresLab(lab, definition, Latest(readable), Latest(withheld)));
        }

        return found;
    }

    /// <summary>
    /// Each step's latest run only: a step sent back and done again (an action plan after a phase gate said no) is
    /// documented as it was approved, not twice.
    /// </summary>
    private static IReadOnlyList<LabTask> Latest(IReadOnlyList<LabTask> tasks) =>
        [.. tasks.GroupBy(t => t.ActivityId).SelectMany(step =>
        {
            var last = step.MaxBy(t => t.ClosedAt)!;
            return step.Where(t => t.StepRunId is { } run ? run == last.StepRunId : t.Id == last.Id);
        }).OrderBy(t => t.ClosedAt)];

    private static ReportSection Area(FormOption area, IReadOnlyList<MeasuresLab> year, ReportTexts texts, AnswerBlocks answers)
    {
        // 1. Investigate: was the area covered, and the risks found in it.
        var investigate = new List<ReportBlock>();
        foreach (var task in year.SelectMany(l => l.Tagged(StepTags.Investigation)))
        {
            foreach (var field in AnswerBlocks.Fields(task.Form))
            {
                if (field.Preset == FormPresets.EmployerAreas && task.Answers?[field.Key] is JsonArray chosen)
                {
                    var covered = chosen.Any(c => AnswerBlocks.String(c) == area.Value);
                    investigate.Add(new ReportParagraph(covered ? texts.Yes : texts.No, texts.AreaInvestigated));
                }
                else if (field.Type == FormFieldType.Group && RowsIn(task, field, area.Value) is { Count: > 0 } rows)
                {
                    investigate.Add(answers.Table(field, rows));
                }
            }
        }

        var areaRisks = year.SelectMany(l => l.Tasks).SelectMany(t => RiskRows(t, area.Value)).Select(r => AnswerBlocks.String(r["description"])).OfType<string>()
            .Concat(year.SelectMany(l => l.Tagged(StepTags.Investigation)).SelectMany(t => AllRows(t)).Where(r => AnswerBlocks.String(r["area"]) == area.Value).Select(r => AnswerBlocks.String(r["description"])).OfType<string>())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!investigate.OfType<ReportTable>().Any())
        {
            investigate.Add(new ReportParagraph(texts.NoRisks));
        }

        // 2. Analyse: the analysis rows of the area, by their area column's choice value (the same values as the
        // investigation's risks and the risk table). Rows answered before the column existed have no area; only those
        // fall back to naming one of the area's risks.
        var analyse = new List<ReportBlock>();
        foreach (var task in year.SelectMany(l => l.Tagged(StepTags.Analysis)))
        {
            foreach (var field in AnswerBlocks.Fields(task.Form).Where(f => f.Type == FormFieldType.Group))
            {
                var rows = new JsonArray([.. (task.Answers?[field.Key] as JsonArray ?? []).OfType<JsonObject>()
                    .Where(r => AnswerBlocks.String(r["area"]) is { } rowArea
                        ? rowArea == area.Value
                        : AnswerBlocks.String(r["risk"]) is { } risk && areaRisks.Contains(risk))
                    .Select(r => (JsonNode)r.DeepClone())]);
                if (rows.Count > 0)
                {
                    analyse.Add(answers.Table(field, rows));
                }
            }
        }

        if (analyse.Count == 0)
        {
            analyse.Add(new ReportParagraph(texts.NoAnalysis));
        }

        // 3. Act: the risk table's rows of the area. 4. Follow up: the follow-up rows about those measures.
        var act = RiskTable(year, texts, answers, area.Value) is { } table ? (ReportBlock)table : new ReportParagraph(texts.NoMeasures);
        var measures = year.SelectMany(l => l.Tasks).SelectMany(t => RiskRows(t, area.Value)).Select(r => AnswerBlocks.String(r["measure"])).OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var followUp = new List<ReportBlock>();
        foreach (var task in year.SelectMany(l => l.Tagged(StepTags.FollowUp)))
        {
            foreach (var field in AnswerBlocks.Fields(task.Form).Where(f => f.Type == FormFieldType.Group))
            {
                var rows = new JsonArray([.. (task.Answers?[field.Key] as JsonArray ?? []).OfType<JsonObject>()
                    .Where(r => AnswerBlocks.String(r["measure"]) is { } m && measures.Contains(m)).Select(r => (JsonNode)r.DeepClone())]);
                if (rows.Count > 0)
                {
                    followUp.Add(answers.Table(field, rows, $"{task.Title.Get(texts.Culture)}: {field.Label.Get(texts.Culture)}"));
                }
            }
        }

        if (followUp.Count == 0)
        {
            followUp.Add(new ReportParagraph(texts.NoFollowUp));
        }

        return new ReportSection(
            area.Label.Get(texts.Culture),
            [],
            [new ReportSection(texts.Investigate, investigate, []), new ReportSection(texts.Analyse, analyse, []), ReportSection.Of(texts.Act, act), new ReportSection(texts.FollowUpAndEvaluate, followUp, [])]);
    }

    /// <summary>The rows of every risk table the reader may read (of one area, or all), as risk, area, measure, owner, start, end.</summary>
    private static ReportTable? RiskTable(IReadOnlyList<MeasuresLab> year, ReportTexts texts, AnswerBlocks answers, string? area)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var task in year.SelectMany(l => l.Tasks))
        {
            foreach (var field in AnswerBlocks.Fields(task.Form).Where(f => f.Preset == FormPresets.RiskTable))
            {
                foreach (var row in (task.Answers?[field.Key] as JsonArray ?? []).OfType<JsonObject>())
                {
                    if (area is not null && AnswerBlocks.String(row["area"]) != area)
                    {
                        continue;
                    }

                    string Cell(string key) => field.Fields.FirstOrDefault(f => f.Key == key) is { } column ? answers.Cell(column, row[key]) : string.Empty;
                    rows.Add([Cell("description"), Cell("area"), Cell("measure"), Cell("responsible"), Cell("start"), Cell("end"), Cell("reasonWithoutMeasure")]);
                }
            }
        }

        return rows.Count == 0
            ? null
            : new ReportTable(texts.AllRisks, [texts.Risk, texts.Area, texts.Measure, texts.Responsible, texts.Start, texts.DoneBy, texts.ReasonWithout], rows);
    }

    private static ReportSection PaySurvey(IReadOnlyList<MeasuresLab> year, ReportTexts texts, AnswerBlocks answers)
    {
        var subsections = year.SelectMany(l => l.Tagged(StepTags.PaySurvey))
            .Select(t => new ReportSection($"{t.Title.Get(texts.Culture)} ({texts.Date(t.ClosedAt ?? t.CreatedAt)})", answers.Of(t.Form, t.Answers), []))
            .Where(s => s.Blocks.Count > 0)
            .ToList();
        return subsections.Count == 0
            ? ReportSection.Of(texts.PaySurvey, new ReportParagraph(texts.NoPaySurvey))
            : new ReportSection(texts.PaySurvey, [], subsections);
    }

    private static ReportSection LastYearSection(IReadOnlyList<MeasuresLab> lastYear, int year, ReportTexts texts, AnswerBlocks answers)
    {
        var blocks = new List<ReportBlock>();
        if (RiskTable(lastYear, texts, answers, area: null) is { } table)
        {
            blocks.Add(table);
        }

        var subsections = lastYear.SelectMany(l => l.Tagged(StepTags.FollowUp))
            .Select(t => new ReportSection($"{t.Title.Get(texts.Culture)} ({texts.Date(t.ClosedAt ?? t.CreatedAt)})", answers.Of(t.Form, t.Answers), []))
            .Where(s => s.Blocks.Count > 0)
            .ToList();
        if (blocks.Count == 0 && subsections.Count == 0)
        {
            blocks.Add(new ReportParagraph(texts.NoLastYear(year)));
        }

        return new ReportSection(texts.LastYear(year), blocks, subsections);
    }

    private static IEnumerable<JsonObject> RiskRows(LabTask task, string area) =>
        AnswerBlocks.Fields(task.Form).Where(f => f.Preset == FormPresets.RiskTable)
            .SelectMany(f => (task.Answers?[f.Key] as JsonArray ?? []).OfType<JsonObject>())
            .Where(r => AnswerBlocks.String(r["area"]) == area);

    private static IEnumerable<JsonObject> AllRows(LabTask task) =>
        AnswerBlocks.Fields(task.Form).Where(f => f.Type == FormFieldType.Group).SelectMany(f => (task.Answers?[f.Key] as JsonArray ?? []).OfType<JsonObject>());

    private static JsonArray? RowsIn(LabTask task, FormField group, string area)
    {
        if (task.Answers?[group.Key] is not JsonArray rows || group.Fields.All(f => f.Key != "area"))
        {
            return null;
        }

        return new JsonArray([.. rows.OfType<JsonObject>().Where(r => AnswerBlocks.String(r["area"]) == area).Select(r => (JsonNode)r.DeepClone())]);
    }
}
