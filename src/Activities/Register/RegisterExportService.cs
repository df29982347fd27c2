using System.Globalization;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Privacy;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Register;

/// <summary>
/// The register's exports as sheets: the participant register (one row per person per activity, totals by sex), the
/// activity log and the project summary for the ESF report. Each is limited to what the caller may report on
/// (<see cref="ParticipationQuery.ScopeAsync"/>: a coordinator their administration, the project team all) and
/// journaled in the access log (who, when, which export, for which administrations) before it is handed out.
/// </summary>
public sealed class RegisterExportService(
    ParticipationQuery query,
    IDirectory directory,
    IWorkflowInstanceStore instances,
    IWorkflowDefinitionStore definitions,
    ISensitiveReadLog accessLog,
    TimeProvider time)
{
    public async Task<RegisterWorkbook> ExportAsync(
        Guid callerId, RegisterExportKind kind, ParticipationFilter filter, string language, string format, CancellationToken cancellationToken)
    {
        var scope = await query.ScopeAsync(callerId, cancellationToken);
        var labs = await query.ListLabsAsync(callerId, filter, cancellationToken);
        var rows = await query.RowsAsync(labs, filter, cancellationToken);
        var administrations = (await directory.ListAdministrationsAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var titles = await TitlesAsync(labs, cancellationToken);
        var workbook = kind switch
        {
            RegisterExportKind.ActivityLog => ActivityLog(rows, titles, administrations, language),
            RegisterExportKind.Summary => Summary(labs, rows, titles, administrations, language),
            _ => Register(rows, titles, administrations, language),
        };
        await JournalAsync(callerId, scope, $"{workbook.Name}.{format}", cancellationToken);
        return workbook;
    }

    private RegisterWorkbook Register(
        IReadOnlyList<ParticipationRow> rows, Dictionary<(Guid, string), LocalizedText> titles, Dictionary<string, string> administrations, string language) =>
        new(RegisterTexts.Pick(language, "deltagarregister", "participant-register"),
        [
            new RegisterSheet(
                RegisterTexts.Pick(language, "Deltagare", "Participants"),
                Headers(language, ("Datum", "Date"), ("Labb", "Lab"), ("Labbets förvaltning", "Lab's administration"), ("Aktivitet", "Activity"),
                    ("Namn", "Name"), ("Gäst", "Guest"), ("Kön", "Sex"), ("Förvaltning eller organisation", "Administration or organisation"),
                    ("Yrkesgrupp", "Profession group"), ("Timmar", "Hours")),
                [.. rows.Select(r => (IReadOnlyList<object?>)
                [
                    r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.LabTitle, RegisterTexts.AdministrationName(r.LabAdministrationId, administrations, language),
                    ActivityTitle(titles, r.LabId, r.ActivityId, language), r.Name, r.IsGuest ? RegisterTexts.Pick(language, "ja", "yes") : RegisterTexts.Pick(language, "nej", "no"),
                    RegisterTexts.SexName(r.Sex, language), r.OrganisationName, RegisterTexts.ProfessionName(r.ProfessionGroup, language), r.Hours,
                ])]),
            BySexSheet(ParticipationQuery.Summarise(rows), language),
        ]);

    private RegisterWorkbook ActivityLog(
        IReadOnlyList<ParticipationRow> rows, Dictionary<(Guid, string), LocalizedText> titles, Dictionary<string, string> administrations, string language) =>
        new(RegisterTexts.Pick(language, "aktivitetslogg", "activity-log"),
        [
            new RegisterSheet(
                RegisterTexts.Pick(language, "Aktiviteter", "Activities"),
                [.. Headers(language, ("Datum", "Date"), ("Labb", "Lab"), ("Labbets förvaltning", "Lab's administration"), ("Aktivitet", "Activity")),
                    .. SexHeaders(language), RegisterTexts.Pick(language, "Deltagare totalt", "Participants in total"), RegisterTexts.Pick(language, "Timmar", "Hours")],
                [.. rows.GroupBy(r => (r.LabId, r.ActivityId, r.Date))
                    .OrderBy(g => g.Key.Date).ThenBy(g => g.First().LabTitle, StringComparer.CurrentCulture)
                    .Select(g =>
                    {
                        var first = g.First();
                        return (IReadOnlyList<object?>)
                        [
                            g.Key.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), first.LabTitle,
                            RegisterTexts.AdministrationName(first.LabAdministrationId, administrations, language), ActivityTitle(titles, g.Key.LabId, g.Key.ActivityId, language),
                            .. Enum.GetValues<Sex>().Select(sex => (object?)g.Where(r => r.Sex == sex).Select(r => r.ParticipantId).Distinct().Count()),
                            g.Select(r => r.ParticipantId).Distinct().Count(), g.Sum(r => r.Hours),
                        ];
                    })]),
        ]);

    private RegisterWorkbook Summary(
        IReadOnlyList<Lab> labs, IReadOnlyList<ParticipationRow> rows, Dictionary<(Guid, string), LocalizedText> titles, Dictionary<string, string> administrations, string language)
    {
        var summary = ParticipationQuery.Summarise(rows);
        var activities = rows.Select(r => (r.LabId, r.ActivityId)).Distinct().Count();
        return new(RegisterTexts.Pick(language, "projektsammanstallning", "project-summary"),
        [
            new RegisterSheet(
                RegisterTexts.Pick(language, "Sammanfattning", "Summary"),
                Headers(language, ("Uppgift", "Figure"), ("Värde", "Value")),
                [
                    [RegisterTexts.Pick(language, "Labb, konferenser och seminarier", "Labs, conferences and seminars"), labs.Count],
                    [RegisterTexts.Pick(language, "Genomförda aktiviteter med närvaro", "Activities held with attendance"), activities],
                    [RegisterTexts.Pick(language, "Deltagare totalt", "Participants in total"), summary.Total.Total.People],
                    .. Enum.GetValues<Sex>().Select(sex => (IReadOnlyList<object?>)[RegisterTexts.Pick(language, "Deltagare: ", "Participants: ") + RegisterTexts.SexName(sex, language), summary.Total.BySex[sex].People]),
                    [RegisterTexts.Pick(language, "Deltagartimmar totalt", "Participant hours in total"), summary.Total.Total.Hours],
                ]),
            new RegisterSheet(
                RegisterTexts.Pick(language, "Labb", "Labs"),
                [.. Headers(language, ("Labb", "Lab"), ("Förvaltning", "Administration"), ("Flöde", "Flow"), ("Startdatum", "Start date"), ("Aktiviteter", "Activities")),
                    .. SexHeaders(language), RegisterTexts.Pick(language, "Deltagare totalt", "Participants in total"), RegisterTexts.Pick(language, "Timmar", "Hours")],
                [.. labs.OrderBy(l => RegisterTexts.AdministrationName(l.AdministrationId, administrations, language), StringComparer.CurrentCulture).ThenBy(l => l.StartDate)
                    .Select(l =>
                    {
                        var own = rows.Where(r => r.LabId == l.Id).ToList();
                        return (IReadOnlyList<object?>)
                        [
                            l.Title, RegisterTexts.AdministrationName(l.AdministrationId, administrations, language), l.DefinitionId,
                            l.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), titles.Keys.Count(k => k.Item1 == l.Id),
                            .. Enum.GetValues<Sex>().Select(sex => (object?)own.Where(r => r.Sex == sex).Select(r => r.ParticipantId).Distinct().Count()),
                            own.Select(r => r.ParticipantId).Distinct().Count(), own.Sum(r => r.Hours),
                        ];
                    })]),
            BySexSheet(summary, language),
            new RegisterSheet(
                RegisterTexts.Pick(language, "Per organisation", "By organisation"),
                [.. Headers(language, ("Förvaltning eller organisation", "Administration or organisation")), .. SexHeaders(language),
                    RegisterTexts.Pick(language, "Deltagare totalt", "Participants in total"), RegisterTexts.Pick(language, "Timmar", "Hours")],
                [.. summary.ByOrganisation.Select(g => (IReadOnlyList<object?>)
                [
                    g.Name.Length == 0 ? RegisterTexts.Pick(language, "Okänd", "Unknown") : g.Name,
                    .. Enum.GetValues<Sex>().Select(sex => (object?)g.BySex[sex].People), g.Total.People, g.Total.Hours,
                ])]),
        ]);
    }

    /// <summary>Totals by sex: participants (each person once), hours and attendances, with a total row that equals the register.</summary>
    private static RegisterSheet BySexSheet(ParticipationSummary summary, string language) =>
        new(
            RegisterTexts.Pick(language, "Totalt per kön", "Totals by sex"),
            Headers(language, ("Kön", "Sex"), ("Deltagare", "Participants"), ("Timmar", "Hours"), ("Närvarotillfällen", "Attendances")),
            [
                .. summary.BySex.Select(g => (IReadOnlyList<object?>)[RegisterTexts.SexName(Enum.Parse<Sex>(g.Key), language), g.Total.People, g.Total.Hours, g.Total.Attendances]),
                [RegisterTexts.Pick(language, "Totalt", "Total"), summary.Total.Total.People, summary.Total.Total.Hours, summary.Total.Total.Attendances],
            ]);

    private static string[] Headers(string language, params (string Swedish, string English)[] names) =>
        [.. names.Select(n => RegisterTexts.Pick(language, n.Swedish, n.English))];

    private static IEnumerable<string> SexHeaders(string language) => Enum.GetValues<Sex>().Select(sex => RegisterTexts.SexName(sex, language));

    private static string ActivityTitle(Dictionary<(Guid, string), LocalizedText> titles, Guid labId, string activityId, string language) =>
        titles.TryGetValue((labId, activityId), out var title) ? title.Get(CultureInfo.GetCultureInfo(language)) : activityId;

    /// <summary>Every workshop step's title of the labs, reading each flow version once.</summary>
    private async Task<Dictionary<(Guid, string), LocalizedText>> TitlesAsync(IReadOnlyList<Lab> labs, CancellationToken cancellationToken)
    {
        var titles = new Dictionary<(Guid, string), LocalizedText>();
        var flows = new Dictionary<(string, int), WorkflowDefinition?>();
        foreach (var lab in labs)
        {
            if (await instances.FindAsync(lab.Id, cancellationToken) is not { } instance)
            {
                continue;
            }

            var key = (instance.DefinitionId, instance.DefinitionVersion);
            if (!flows.TryGetValue(key, out var definition))
            {
                flows[key] = definition = (await definitions.FindVersionAsync(key.DefinitionId, key.DefinitionVersion, cancellationToken))?.Definition;
            }

            foreach (var step in definition is null ? [] : ParticipantRegisterService.WorkshopSteps(definition))
            {
                titles[(lab.Id, step.Id)] = ParticipantRegisterService.Title(step);
            }
        }

        return titles;
    }

    /// <summary>One access-log entry per administration the export covers (the project scope for all of them), so each administration's log shows it.</summary>
    private async Task JournalAsync(Guid callerId, IReadOnlyCollection<string>? scope, string what, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await accessLog.AddAsync(
            [.. (scope ?? [ProjectScope.AdministrationId]).Select(administrationId =>
                new SensitiveRead(Guid.CreateVersion7(now), callerId, Guid.Empty, Guid.Empty, administrationId, what, now) { Kind = AccessKind.RegisterExport })],
            cancellationToken);
    }
}
