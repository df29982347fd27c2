namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// A set of ids for a compiled query as a fixed number of scalar parameters: one, four or eight, the last id repeated
/// to fill the set (an IN list does not mind a repeat). EF Core caches the SQL of such a query; for an array
/// parameter's <c>IN</c> list it expands one parameter per id and writes the SQL again on every call, which was about a
/// twentieth of a task completion's allocations (the lab's people, a form's chosen people, the stand-ins; issue 17,
/// session 16). More than <see cref="Most"/> ids take the array query.
/// </summary>
internal readonly struct IdParameters
{
    /// <summary>The most ids the scalar queries take.</summary>
    public const int Most = 8;

    private readonly Guid[] _ids;

    public IdParameters(IEnumerable<Guid> ids) => _ids = [.. ids.Distinct()];

    public int Count => _ids.Length;

    /// <summary>The rows of the ids through the smallest query that holds them; none for no ids.</summary>
    public IAsyncEnumerable<TRow> Read<TRow>(
        Func<Guid, IAsyncEnumerable<TRow>> one,
        Func<Guid, Guid, Guid, Guid, IAsyncEnumerable<TRow>> four,
        Func<Guid, Guid, Guid, Guid, Guid, Guid, Guid, Guid, IAsyncEnumerable<TRow>> eight,
        Func<Guid[], IAsyncEnumerable<TRow>> many) => Count switch
        {
            0 => AsyncEnumerable.Empty<TRow>(),
            1 => one(_ids[0]),
            <= 4 => four(At(0), At(1), At(2), At(3)),
            <= Most => eight(At(0), At(1), At(2), At(3), At(4), At(5), At(6), At(7)),
            _ => many(_ids),
        };

    private Guid At(int index) => _ids[Math.Min(index, _ids.Length - 1)];
}
