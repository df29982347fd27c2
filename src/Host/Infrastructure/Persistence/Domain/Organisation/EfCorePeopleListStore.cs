using LabFlow.Activities.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

/// <summary>
/// The people list in two queries whatever the directory's size: the page by keyset on the index of the sort key
/// (or the normalised email) and the id, then the page's memberships. The search runs in SQL on the same keys, so a
/// name is found without regard to case or accents on SQLite and PostgreSQL alike.
/// </summary>
internal sealed class EfCorePeopleListStore(LabFlowDbContext db) : IPeopleListStore
{
    public async Task<IReadOnlyList<PersonSummary>> ListAsync(PeopleQuery query, PeopleSort sort, PeopleListKey? after, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var memberships = db.Set<MembershipRow>().AsNoTracking();
        var people = PeopleRowQueries.Search(PeopleRowQueries.Filter(db.Set<PersonRow>().AsNoTracking(), memberships, query), query.Search);
        var page = sort == PeopleSort.Email ? ByEmail(people, after) : ByName(people, after);
        var rows = await page.Take(take).ToListAsync(cancellationToken);
        var membershipsOf = await PeopleRowQueries.MembershipsOfAsync(memberships, [.. rows.Select(p => p.Id)], cancellationToken);
        return [.. rows.Select(p => new PersonSummary(new Person(p.Id, p.Name, p.Email, p.Culture, p.Active), membershipsOf(p.Id)))];
    }

    private static IQueryable<PersonRow> ByName(IQueryable<PersonRow> people, PeopleListKey? after)
    {
        if (after is { SortKey: var key, Id: var id })
        {
            people = people.Where(p => string.Compare(p.SortKey, key) > 0 || (p.SortKey == key && p.Id.CompareTo(id) > 0));
        }

        return people.OrderBy(p => p.SortKey).ThenBy(p => p.Id);
    }

    private static IQueryable<PersonRow> ByEmail(IQueryable<PersonRow> people, PeopleListKey? after)
    {
        if (after is { SortKey: var key, Id: var id })
        {
            people = people.Where(p => string.Compare(p.NormalizedEmail, key) > 0 || (p.NormalizedEmail == key && p.Id.CompareTo(id) > 0));
        }

        return people.OrderBy(p => p.NormalizedEmail).ThenBy(p => p.Id);
    }
}
