using LabFlow.Activities.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

/// <summary>What the directory's search and the people list read alike: the filters and search of a <see cref="PeopleQuery"/> and the memberships of the people found.</summary>
internal static class PeopleRowQueries
{
    /// <summary>The people with the query's active state, administration and role (each when given).</summary>
    public static IQueryable<PersonRow> Filter(IQueryable<PersonRow> people, IQueryable<MembershipRow> memberships, PeopleQuery query)
    {
        if (query.Active is { } active)
        {
            people = people.Where(p => p.Active == active);
        }

        var administration = string.IsNullOrEmpty(query.AdministrationId) ? null : query.AdministrationId;
        var role = query.Role;
        if (administration is not null || role is not null)
        {
            people = people.Where(p => memberships.Any(m => m.PersonId == p.Id
                && (administration == null || m.AdministrationId == administration)
                && (role == null || m.Role == role)));
        }

        return people;
    }

    /// <summary>
    /// The people whose name's stored <see cref="SwedishSortKey"/> contains the search's, or whose email contains it
    /// (case aside): <see cref="PeopleListKeys.Matches"/> in SQL, compared byte by byte on SQLite and PostgreSQL alike.
    /// </summary>
    public static IQueryable<PersonRow> Search(IQueryable<PersonRow> people, string? search)
    {
        if (search?.Trim() is not { Length: > 0 } text)
        {
            return people;
        }

        var nameKey = SwedishSortKey.For(text);
        var emailKey = PeopleListKeys.EmailKey(text);
        return nameKey.Length > 0
            ? people.Where(p => p.SortKey.Contains(nameKey) || p.NormalizedEmail.Contains(emailKey))
            : people.Where(p => p.NormalizedEmail.Contains(emailKey));
    }

    /// <summary>Each person's memberships in one query, in a stable order (administration, then role as declared).</summary>
    public static async Task<Func<Guid, IReadOnlyList<Membership>>> MembershipsOfAsync(
        IQueryable<MembershipRow> memberships, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.ToList();
        var held = (await memberships.Where(m => ids.Contains(m.PersonId)).ToListAsync(cancellationToken)).ToLookup(m => m.PersonId);
        return personId => [.. held[personId]
            .Select(m => new Membership(m.PersonId, m.AdministrationId, m.Role))
            .OrderBy(m => m.AdministrationId, StringComparer.Ordinal)
            .ThenBy(m => m.Role)];
    }
}
