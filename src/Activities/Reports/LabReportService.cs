using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Privacy;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Reports;

/// <summary>
/// The lab report (issue 15): the challenge, target areas, grounds considered, insights, ideas and vote results,
/// prototypes and test results, the decision, and the follow-up indicators by sex, found by step tags and form presets
/// (<see cref="StepTags"/>, <see cref="FormPresets"/>), never by activity ids. A reader gets the sections they may read:
/// the tasks come through the read rule first, and a section none of whose answers they may read is left out.
/// </summary>
public sealed class LabReportService(ILabStore labs, ReportSources sources, CollectionService collections)
{
    private static readonly HashSet<string> AreaPresets = new(StringComparer.Ordinal) { FormPresets.EqualityTargetAreas };

    private static readonly HashSet<string> GroundPresets = new(StringComparer.Ordinal) { FormPresets.DiscriminationGrounds, FormPresets.EqualityGrounds };

    /// <summary>The report of <paramref name="labId"/> as <paramref name="viewerId"/> may read it, in <paramref name="language"/>; the export is journaled.</summary>
    /// <exception cref="LabDomainException"><c>not_found</c> for an unknown lab; <c>forbidden</c> for someone who may not see it or is only a participant.</exception>
    public async Task<ReportDocument> ExportAsync(Guid labId, Guid viewerId, string? language, CancellationToken cancellationToken)
    {
        var lab = await labs.FindAsync(labId, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, LabMessages.NotFound.With(("labId", labId)));
        if (!await sources.MayExportAsync(viewerId, lab, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, ReportMessages.ReportForbidden.With(("labId", labId)));
        }

        var texts = ReportTexts.For(language);
        var definition = await sources.DefinitionAsync(lab.Id, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, LabMessages.NoRunningFlow.With(("labId", labId)));
        var (readable, withheld) = await sources.CompletedTasksAsync(lab, viewerId, cancellationToken);
        var answers = new AnswerBlocks(texts, await sources.NamesAsync(readable, cancellationToken));
        var builder = new Builder(lab, definition, texts, answers, readable, withheld);

        var sections = new List<ReportSection?>
        {
            builder.Challenge(),
            builder.ByPreset(texts.TargetAreas, AreaPresets, builder.LabTargetAreas()),
            builder.ByPreset(texts.Grounds, GroundPresets, null),
            builder.Tagged(texts.Insights, StepTags.Insights),
            await IdeasAsync(builder, lab, viewerId, definition, texts, cancellationToken),
            builder.Tagged(texts.Prototypes, StepTags.Prototypes),
            builder.Tagged(texts.TestResults, StepTags.TestResults),
            builder.Tagged(texts.Decision, StepTags.Decision),
            builder.FollowUp(),
            builder.About(sources.Now),
        };

        await sources.LogExportAsync(viewerId, [lab], AccessKind.LabReportExport, cancellationToken);
        return new ReportDocument(
            texts.LabReportTitle(lab.Title),
            texts.Language,
            [texts.LabLead(definition.Kind, await sources.AdministrationNameAsync(lab.AdministrationId, cancellationToken), lab.StartDate, definition.Name.Get(texts.Culture))],
            [.. sections.OfType<ReportSection>()],
            texts.LabFileName(lab.Title));
    }

    /// <summary>Whether the step <paramref name="activityId"/> of <paramref name="labId"/> asks for the exported report (tag <c>report</c>): its task page offers the download.</summary>
    public async Task<bool> OffersReportAsync(Guid labId, string? activityId, CancellationToken cancellationToken) =>
        activityId is not null
        && (await sources.DefinitionAsync(labId, cancellationToken))?.FindActivity(activityId) is { } step
        && StepTags.Of(step).Contains(StepTags.Report);

    /// <summary>Ideas from the tagged steps' answers and idea collections, and the results of the tagged votes.</summary>
    private async Task<ReportSection?> IdeasAsync(Builder builder, Lab lab, Guid viewerId, WorkflowDefinition definition, ReportTexts texts, CancellationToken cancellationToken)
    {
        var ideaSteps = StepTags.StepsTagged(definition, StepTags.Ideas);
        var voteSteps = StepTags.StepsTagged(definition, StepTags.Votes);
        var subsections = new List<ReportSection>(builder.StepSections(ideaSteps.Concat(voteSteps).ToList(), skip: null));
        foreach (var collection in await collections.ListForLabAsync(lab.Id, viewerId, cancellationToken))
        {
            var isIdeas = ideaSteps.Contains(collection.ActivityId) && collection.Kind == CollectionKind.Ideas;
            var isVote = voteSteps.Contains(collection.ActivityId) && collection.Kind == CollectionKind.Votes;
            if (!isIdeas && !isVote)
            {
                continue;
            }

            var view = await collections.GetAsync(collection.Id, viewerId, cancellationToken);
            var title = $"{view.Title.Get(texts.Culture)} ({texts.Date(collection.CreatedAt)})";
            subsections.Add(isIdeas ? IdeaList(view, title, texts) : VoteResult(view, title, texts));
        }

        return builder.Section(texts.Ideas, [], subsections, ideaSteps.Concat(voteSteps).ToList());
    }

    private static ReportSection IdeaList(CollectionView view, string title, ReportTexts texts)
    {
        var fields = AnswerBlocks.Fields(view.Form).Where(f => f.Type is not (FormFieldType.Group or FormFieldType.Section)).ToList();
        var rows = view.Ideas.Where(i => i.MergedIntoId is null)
            .Select(i => (IReadOnlyList<string>)[.. fields.Select(f => AnswerBlocks.String(i.Answers[f.Key]) ?? string.Empty), i.Theme ?? string.Empty])
            .ToList();
        return ReportSection.Of(title, new ReportTable(texts.IdeasOf(view.Title.Get(texts.Culture)), [.. fields.Select(f => f.Label.Get(texts.Culture)), texts.Theme], rows));
    }

    private static ReportSection VoteResult(CollectionView view, string title, ReportTexts texts)
    {
        if (view.IsOpen || view.Ideas.Any(i => i.Votes is null))
        {
            return ReportSection.Of(title, new ReportParagraph(texts.VotesNotClosed));
        }

        var ranked = view.Ideas.OrderByDescending(i => i.Votes).Select(i => (Idea: IdeaTitle(i.Answers), Votes: i.Votes ?? 0)).ToList();
        var figures = string.Join("; ", ranked.Select(r => $"{r.Idea} {r.Votes}"));
        return ReportSection.Of(
            title,
            new ReportTable(texts.VoteChart(view.Title.Get(texts.Culture)), [texts.Idea, texts.Votes], [.. ranked.Select(r => (IReadOnlyList<string>)[r.Idea, r.Votes.ToString(CultureInfo.InvariantCulture)])]),
            new ReportChart(
                texts.VoteChart(view.Title.Get(texts.Culture)),
                texts.VoteAlt(view.Title.Get(texts.Culture), figures),
                [.. ranked.Select(r => r.Idea)],
                [new ReportSeries(texts.Votes, [.. ranked.Select(r => (double?)r.Votes)])],
                texts.Votes));
    }

    private static string IdeaTitle(JsonObject answers) =>
        AnswerBlocks.String(answers["title"]) ?? answers.Select(p => AnswerBlocks.String(p.Value)).FirstOrDefault(s => s is not null) ?? "–";

    /// <summary>Builds the sections of one lab's report from the tasks the reader may read.</summary>
    private sealed class Builder(Lab lab, WorkflowDefinition definition, ReportTexts texts, AnswerBlocks answers, IReadOnlyList<LabTask> readable, IReadOnlyList<LabTask> withheld)
    {
        private static readonly HashSet<string> SectionPresets = new(StringComparer.Ordinal)
        {
            FormPresets.EqualityTargetAreas, FormPresets.DiscriminationGrounds, FormPresets.EqualityGrounds, FormPresets.IndicatorsBySexFollowUp,
        };

        public ReportSection Challenge()
        {
            var steps = StepTags.StepsTagged(definition, StepTags.Challenge);
            return new ReportSection(
                texts.Challenge,
                [new ReportParagraph(lab.Challenge, texts.TheQuestion)],
                StepSections(steps, f => f.Preset is { } p && SectionPresets.Contains(p)));
        }

        public ReportBlock? LabTargetAreas() =>
            lab.TargetAreas.Count == 0
                ? null
                : new ReportParagraph(
                    string.Join(", ", lab.TargetAreas.Select(a => FormPresets.EqualityTargetAreaOptions.FirstOrDefault(o => o.Value == a)?.Label.Get(texts.Culture) ?? a)),
                    texts.LabTargetAreas);

        /// <summary>The answers of every readable field with one of <paramref name="presets"/>, step by step.</summary>
        public ReportSection? ByPreset(string heading, IReadOnlySet<string> presets, ReportBlock? lead)
        {
            var blocks = new List<ReportBlock>();
            if (lead is not null)
            {
                blocks.Add(lead);
            }

            var any = false;
            foreach (var task in readable)
            {
                var found = answers.Of(task.Form, task.Answers, f => f.Preset is not { } p || !presets.Contains(p));
                foreach (var block in found)
                {
                    blocks.Add(block is ReportParagraph p ? p with { Label = $"{task.Title.Get(texts.Culture)}: {p.Label}" } : block);
                }

                any |= found.Count > 0;
            }

            var hidden = withheld.Any(t => HasPreset(t.Form, presets));
            if (!any && hidden && lead is null)
            {
                return null;
            }

            return new ReportSection(heading, blocks.Count == 0 ? [new ReportParagraph(texts.NotYet)] : blocks, []);
        }

        public ReportSection? Tagged(string heading, string tag)
        {
            var steps = StepTags.StepsTagged(definition, tag);
            return Section(heading, [], StepSections(steps, f => f.Preset is { } p && SectionPresets.Contains(p)), steps);
        }

        /// <summary>
        /// The section, or <c>null</c> when the reader may read none of its steps' answers although some were given
        /// (they get the sections they may read); "no answers yet" when nothing was given.
        /// </summary>
        public ReportSection? Section(string heading, IReadOnlyList<ReportBlock> blocks, IReadOnlyList<ReportSection> subsections, IReadOnlyList<string> steps)
        {
            if (blocks.Count == 0 && subsections.Count == 0)
            {
                return withheld.Any(t => steps.Contains(t.ActivityId!)) ? null : ReportSection.Of(heading, new ReportParagraph(texts.NotYet));
            }

            return new ReportSection(heading, blocks, subsections);
        }

        /// <summary>One subsection per readable completed task of <paramref name="steps"/>, in the order they were completed.</summary>
        public IReadOnlyList<ReportSection> StepSections(IReadOnlyList<string> steps, Func<FormField, bool>? skip)
        {
            var result = new List<ReportSection>();
            foreach (var task in readable.Where(t => steps.Contains(t.ActivityId!)))
            {
                var blocks = new List<ReportBlock>();
                if (task.Actions.Count > 0 && task.Outcome is { } outcome)
                {
                    var label = task.Actions.FirstOrDefault(a => a.Name == outcome)?.Label.Get(texts.Culture) ?? outcome;
                    blocks.Add(new ReportParagraph(label, texts.Chosen));
                }

                blocks.AddRange(answers.Of(task.Form, task.Answers, skip));
                if (blocks.Count > 0)
                {
                    result.Add(new ReportSection($"{task.Title.Get(texts.Culture)} ({texts.Date(task.ClosedAt ?? task.CreatedAt)})", blocks, []));
                }
            }

            return result;
        }

        /// <summary>The indicators by sex: baseline and each follow-up as a table and, per indicator, a chart; then the follow-ups' other answers.</summary>
        public ReportSection? FollowUp()
        {
            var measured = new List<(string Point, JsonArray Rows)>();
            foreach (var task in readable)
            {
                foreach (var field in AnswerBlocks.Fields(task.Form).Where(f => f.Preset == FormPresets.IndicatorsBySexFollowUp))
                {
                    if (task.Answers?[field.Key] is JsonArray rows && rows.Count > 0)
                    {
                        measured.Add((task.Title.Get(texts.Culture), rows));
                    }
                }
            }

            var steps = StepTags.StepsTagged(definition, StepTags.FollowUp);
            var others = StepSections(steps, f => f.Preset == FormPresets.IndicatorsBySexFollowUp);
            var blocks = measured.Count == 0 ? [] : IndicatorBlocks(measured);
            if (blocks.Count == 0 && others.Count == 0 && withheld.Any(t => steps.Contains(t.ActivityId!) || HasPreset(t.Form, new HashSet<string> { FormPresets.IndicatorsBySexFollowUp })))
            {
                return null;
            }

            return new ReportSection(texts.FollowUp, blocks.Count == 0 ? [new ReportParagraph(texts.NoIndicators)] : blocks, others);
        }

        public ReportSection? About(DateTimeOffset now)
        {
            var blocks = new List<ReportBlock> { new ReportParagraph(texts.Generated(now)) };
            var hidden = withheld.Select(t => t.Title.Get(texts.Culture)).Distinct(StringComparer.Ordinal).ToList();
            if (hidden.Count > 0)
            {
                blocks.Add(new ReportParagraph(texts.Withheld(string.Join(", ", hidden))));
            }

            return new ReportSection(texts.AboutReport, blocks, []);
        }

        private List<ReportBlock> IndicatorBlocks(List<(string Point, JsonArray Rows)> measured)
        {
            // Indicators in the order first measured; the baseline is the first figures given for them.
            var indicators = new List<string>();
            var baseline = new Dictionary<string, (double? Women, double? Men)>(StringComparer.Ordinal);
            var byPoint = measured.Select(m => (m.Point, Values: new Dictionary<string, (double? Women, double? Men)>(StringComparer.Ordinal))).ToList();
            for (var i = 0; i < measured.Count; i++)
            {
                foreach (var row in measured[i].Rows.OfType<JsonObject>())
                {
                    if (AnswerBlocks.String(row[IndicatorPresets.IndicatorKey]) is not { } name)
                    {
                        continue;
                    }

                    if (!indicators.Contains(name))
                    {
                        indicators.Add(name);
                    }

                    baseline.TryAdd(name, (AnswerBlocks.Number(row[IndicatorPresets.BaselineWomenKey]), AnswerBlocks.Number(row[IndicatorPresets.BaselineMenKey])));
                    byPoint[i].Values[name] = (AnswerBlocks.Number(row[IndicatorPresets.CurrentWomenKey]), AnswerBlocks.Number(row[IndicatorPresets.CurrentMenKey]));
                }
            }

            string Show(double? value) => value is { } v ? texts.Number(v) : string.Empty;
            var headers = new List<string> { texts.Indicator, $"{texts.Baseline} {texts.Women}", $"{texts.Baseline} {texts.Men}" };
            foreach (var (point, _) in byPoint)
            {
                headers.Add($"{point} {texts.Women}");
                headers.Add($"{point} {texts.Men}");
            }

            var rows = indicators.Select(name =>
            {
                var cells = new List<string> { name, Show(baseline[name].Women), Show(baseline[name].Men) };
                foreach (var (_, values) in byPoint)
                {
                    var (women, men) = values.GetValueOrDefault(name);
                    cells.Add(Show(women));
                    cells.Add(Show(men));
                }

                return (IReadOnlyList<string>)cells;
            }).ToList();

            var blocks = new List<ReportBlock> { new ReportTable(texts.IndicatorTable, headers, rows) };
            var points = new List<string> { texts.Baseline };
            points.AddRange(byPoint.Select(p => p.Point));
            foreach (var name in indicators)
            {
                var women = new List<double?> { baseline[name].Women };
                var men = new List<double?> { baseline[name].Men };
                women.AddRange(byPoint.Select(p => p.Values.GetValueOrDefault(name).Women));
                men.AddRange(byPoint.Select(p => p.Values.GetValueOrDefault(name).Men));
                var figures = string.Join("; ", points.Select((p, i) => $"{p}: {texts.Women} {Show(women[i])}, {texts.Men} {Show(men[i])}"));
                blocks.Add(new ReportChart(
                    texts.IndicatorChart(name),
                    texts.IndicatorAlt(name, figures),
                    points,
                    [new ReportSeries(texts.WomenSeries, women), new ReportSeries(texts.MenSeries, men)],
                    texts.Value));
            }

            return blocks;
        }

        private static bool HasPreset(JsonArray? form, IReadOnlySet<string> presets) =>
            AnswerBlocks.Fields(form).Any(f => f.Preset is { } p && presets.Contains(p));
    }
}
