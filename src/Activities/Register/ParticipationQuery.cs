using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Register;

/// <summary>
/// The participant register as the project reads it: who attended what, with hours, by sex, organisation,
/// profession group and month. A caller sees the labs of the administrations where they hold
/// <see cref="Permission.SeeProject"/> (the project team and administrators: every lab; a coordinator: their
/// administration's); anyone else is refused. The dashboard and the exports read it, never the store.
/// </summary>
public sealed class ParticipationQuery(IParticipantRegisterStore store, ILabStore labs, IDirectory directory, LabAccess access)
{
    /// <summary>The administrations whose labs <paramref name="callerId"/> may report on, <c>null</c> for all.</summary>
    /// <exception cref="LabDomainException"><c>forbidden</c> when they may report on none.</exception>
    public async Task<IReadOnlyCollection<string>?> ScopeAsync(Guid callerId, CancellationToken cancellationToken)
    {
        var scope = await access.AdministrationsGrantingAsync(callerId, Permission.SeeProject, cancellationToken);
        return scope is { Count: 0 } ? throw new LabDomainException(LabErrors.Forbidden, RegisterMessages.ProjectForbidden.Message) : scope;
    }

    /// <summary>The labs <paramref name="callerId"/> may report on that <paramref name="filter"/> selects, newest first.</summary>
    public async Task<IReadOnlyList<Lab>> ListLabsAsync(Guid callerId, ParticipationFilter filter, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(callerId, cancellationToken);
        var all = await labs.ListAsync(filter.LabAdministrationId, cancellationToken);
        return [.. all.Where(l => (scope is null || scope.Contains(l.AdministrationId)) && (filter.LabId is null || l.Id == filter.LabId))];
    }

    /// <summary>One row per person per activity attended (present), by date, lab and name.</summary>
    public async Task<IReadOnlyList<ParticipationRow>> ListAsync(Guid callerId, ParticipationFilter filter, CancellationToken cancellationToken)
    {
        var visible = await ListLabsAsync(callerId, filter, cancellationToken);
        return await RowsAsync(visible, filter, cancellationToken);
    }

    public async Task<ParticipationSummary> SummariseAsync(Guid callerId, ParticipationFilter filter, CancellationToken cancellationToken) =>
        Summarise(await ListAsync(callerId, filter, cancellationToken));

    /// <summary>The rows of <paramref name="visible"/> labs (already checked by the caller) that <paramref name="filter"/> selects.</summary>
    public async Task<IReadOnlyList<ParticipationRow>> RowsAsync(IReadOnlyList<Lab> visible, ParticipationFilter filter, CancellationToken cancellationToken)
    {
        if (visible.Count == 0)
        {
            return [];
        }

        var byId = visible.ToDictionary(l => l.Id);
        var attendance = (await store.ListAttendanceAsync([.. byId.Keys], filter.From, filter.To, cancellationToken)).Where(a => a.Present).ToList();
        var personIds = attendance.Where(a => !a.IsGuest).Select(a => a.ParticipantId).Distinct().ToList();
        var people = (await directory.ListPeopleAsync(personIds, cancellationToken)).ToDictionary(p => p.Id);
        var profiles = (await store.ListProfilesAsync(personIds, cancellationToken)).ToDictionary(p => p.PersonId);
        var guests = attendance.Any(a => a.IsGuest)
            ? (await store.ListGuestsAsync([.. attendance.Where(a => a.IsGuest).Select(a => a.LabId).Distinct()], cancellationToken)).ToDictionary(g => g.Id)
            : [];
        var administrations = (await directory.ListAdministrationsAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);

        var rows = new List<ParticipationRow>(attendance.Count);
        foreach (var a in attendance)
        {
            var lab = byId[a.LabId];
            var row = a.IsGuest
                ? GuestRow(lab, a, guests.GetValueOrDefault(a.ParticipantId))
                : PersonRow(lab, a, people.GetValueOrDefault(a.ParticipantId), profiles.GetValueOrDefault(a.ParticipantId), administrations);
            if (Selects(filter, row))
            {
                rows.Add(row);
            }
        }

        return [.. rows.OrderBy(r => r.Date).ThenBy(r => r.LabTitle, StringComparer.CurrentCulture).ThenBy(r => r.ActivityId, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>Sums <paramref name="rows"/>: people are counted once per group however often they came.</summary>
    public static ParticipationSummary Summarise(IReadOnlyList<ParticipationRow> rows)
    {
        var bySex = Enum.GetValues<Sex>()
            .Select(sex => Group(sex.ToString(), sex.ToString(), [.. rows.Where(r => r.Sex == sex)]))
            .ToList();
        return new ParticipationSummary(
            Group("total", "total", rows),
            bySex,
            [.. rows.GroupBy(r => r.OrganisationKey, StringComparer.Ordinal).Select(g => Group(g.Key, g.First().OrganisationName, [.. g])).OrderBy(g => g.Name, StringComparer.CurrentCulture)],
            [.. rows.GroupBy(r => r.ProfessionGroup).OrderBy(g => g.Key).Select(g => Group(g.Key.ToString(), g.Key.ToString(), [.. g]))],
            [.. rows.GroupBy(r => r.Month, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Group(g.Key, g.Key, [.. g]))]);
    }

    private static ParticipationGroup Group(string key, string name, IReadOnlyList<ParticipationRow> rows) =>
        new(key, name, Figure(rows), Enum.GetValues<Sex>().ToDictionary(sex => sex, sex => Figure([.. rows.Where(r => r.Sex == sex)])));

    private static ParticipationFigure Figure(IReadOnlyList<ParticipationRow> rows) =>
        rows.Count == 0 ? ParticipationFigure.Zero : new(rows.Select(r => r.ParticipantId).Distinct().Count(), rows.Sum(r => r.Hours), rows.Count);

    private static bool Selects(ParticipationFilter filter, ParticipationRow row) =>
        (filter.Sex is null || row.Sex == filter.Sex)
        && (filter.ProfessionGroup is null || row.ProfessionGroup == filter.ProfessionGroup)
        && (filter.Organisation is null || string.Equals(row.OrganisationKey, filter.Organisation, StringComparison.Ordinal));

    private static ParticipationRow PersonRow(
        Lab lab, AttendanceRecord a, Person? person, ParticipantProfile? profile, Dictionary<string, string> administrations)
    {
        // Someone who has not answered yet counts in the lab's administration (the project's own labs have none).
        var administrationId = profile is null
            ? ProjectScope.IsProject(lab.AdministrationId) ? null : lab.AdministrationId
            : profile.AdministrationId;
        var organisation = administrationId is not null && administrations.TryGetValue(administrationId, out var name) ? name : profile?.Organisation ?? string.Empty;
        return new ParticipationRow(
            lab.Id, lab.Title, lab.AdministrationId, a.ActivityId, a.Date, a.ParticipantId, IsGuest: false,
            person?.Name ?? string.Empty, profile?.Sex ?? Sex.NotStated, administrationId, organisation,
            profile?.ProfessionGroup ?? ProfessionGroup.NotStated, a.Hours);
    }

    private static ParticipationRow GuestRow(Lab lab, AttendanceRecord a, RegisterGuest? guest) =>
        new(lab.Id, lab.Title, lab.AdministrationId, a.ActivityId, a.Date, a.ParticipantId, IsGuest: true,
            guest?.Name ?? string.Empty, guest?.Sex ?? Sex.NotStated, AdministrationId: null, guest?.Organisation ?? string.Empty,
            ProfessionGroup.NotStated, a.Hours);
}
