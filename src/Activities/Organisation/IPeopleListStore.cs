namespace LabFlow.Activities.Organisation;

/// <summary>Where a page of the people list starts: after the person with this sort key (of the list's order) and id.</summary>
public sealed record PeopleListKey(string SortKey, Guid Id);

/// <summary>
/// The people list a page at a time in its total order (the sort key of <see cref="PeopleSort"/>, then the id), so
/// the database reads only the page: <see cref="PeopleListService"/> checks who asks and makes the cursor.
/// </summary>
public interface IPeopleListStore
{
    /// <summary>
    /// At most <paramref name="take"/> people <paramref name="query"/> selects after <paramref name="after"/>, each
    /// with their memberships. The search matches a name by its <see cref="SwedishSortKey"/> (case and accents
    /// aside) or an email without regard to case.
    /// </summary>
    Task<IReadOnlyList<PersonSummary>> ListAsync(PeopleQuery query, PeopleSort sort, PeopleListKey? after, int take, CancellationToken cancellationToken);
}
