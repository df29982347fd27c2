namespace LabFlow.Activities.Methods;

/// <summary>The method library's versions and ratings.</summary>
public interface IMethodStore
{
    /// <summary>The newest version of every method, by id.</summary>
    Task<IReadOnlyList<StoredMethod>> ListLatestAsync(CancellationToken cancellationToken);

    /// <summary>The newest version of one method, or <c>null</c>.</summary>
    Task<StoredMethod?> FindLatestAsync(string methodId, CancellationToken cancellationToken);

    /// <summary>Every version of one method, oldest first.</summary>
    Task<IReadOnlyList<StoredMethod>> ListVersionsAsync(string methodId, CancellationToken cancellationToken);

    /// <summary>
    /// Adds a version after <paramref name="expectedVersion"/> (0 for a new method); <c>null</c> when another writer added
    /// that version first.
    /// </summary>
    Task<StoredMethod?> AddVersionAsync(LabMethod method, int expectedVersion, string origin, string? contentHash, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Sets one person's rating of a method (replacing theirs).</summary>
    Task RateAsync(MethodRating rating, CancellationToken cancellationToken);

    /// <summary>Every rating's stars per method id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<int>>> ListStarsAsync(CancellationToken cancellationToken);

    /// <summary>One person's rating of a method, or <c>null</c>.</summary>
    Task<MethodRating?> FindRatingAsync(string methodId, Guid personId, CancellationToken cancellationToken);
}
