namespace LabFlow.Activities.Organisation;

/// <summary>The people list over the in-memory directory (tests and the engine on its own); the database's store reads only the page.</summary>
public sealed class InMemoryPeopleListStore(IDirectory directory) : IPeopleListStore
{
    public async Task<IReadOnlyList<PersonSummary>> ListAsync(PeopleQuery query, PeopleSort sort, PeopleListKey? after, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var search = query.Search?.Trim();
        var found = await directory.SearchPeopleAsync(query with { Search = null }, limit: null, cancellationToken);
        return [.. found
            .Where(p => string.IsNullOrEmpty(search) || PeopleListKeys.Matches(p.Person, search))
            .Select(p => (Summary: p, Key: PeopleListKeys.Of(p.Person, sort)))
            .Where(p => after is null || string.CompareOrdinal(p.Key, after.SortKey) switch
            {
                > 0 => true,
                0 => p.Summary.Person.Id.CompareTo(after.Id) > 0,
                _ => false,
            })
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Summary.Person.Id)
            .Take(take)
            .Select(p => p.Summary)];
    }
}
