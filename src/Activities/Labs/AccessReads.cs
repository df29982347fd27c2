using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Labs;

/// <summary>
/// The memberships and organisation roles <see cref="LabAccess"/> read in one API request, by person (issue 17: a
/// request read the viewer's memberships up to three times, and the organisation roles twice more per check). Scoped,
/// and used only once the request has called <see cref="Enable"/> (the API's middleware does, per request): a page's
/// scope lives as long as the page and must see a revoked membership at its next check, so it reads every time, as
/// do background work and tests. Keyed by person id, so one person's grants never answer for another's.
/// </summary>
public sealed class AccessReads
{
    private readonly Dictionary<Guid, IReadOnlyList<Membership>> _memberships = [];
    private readonly Dictionary<Guid, IReadOnlyList<Role>> _organisationRoles = [];
    private readonly Lock _gate = new();

    /// <summary>Whether reads are kept: only within one request.</summary>
    public bool Enabled { get; private set; }

    /// <summary>Keeps what is read from now until the scope (the request) ends.</summary>
    public void Enable() => Enabled = true;

    internal Task<IReadOnlyList<Membership>> MembershipsAsync(Guid personId, Func<Task<IReadOnlyList<Membership>>> read) =>
        KeptAsync(_memberships, personId, read);

    internal Task<IReadOnlyList<Role>> OrganisationRolesAsync(Guid personId, Func<Task<IReadOnlyList<Role>>> read) =>
        KeptAsync(_organisationRoles, personId, read);

    private async Task<IReadOnlyList<T>> KeptAsync<T>(Dictionary<Guid, IReadOnlyList<T>> kept, Guid personId, Func<Task<IReadOnlyList<T>>> read)
    {
        if (!Enabled)
        {
            return await read();
        }

        lock (_gate)
        {
            if (kept.TryGetValue(personId, out var known))
            {
                return known;
            }
        }

        var found = await read();
        lock (_gate)
        {
            kept[personId] = found;
        }

        return found;
    }
}
