namespace LabFlow.Activities.Methods;

/// <summary>The method library in memory: the default until infrastructure registers a database store.</summary>
public sealed class InMemoryMethodStore : IMethodStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<StoredMethod>> _versions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string MethodId, Guid PersonId), MethodRating> _ratings = [];

    public Task<IReadOnlyList<StoredMethod>> ListLatestAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<StoredMethod>>([.. _versions.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Value[^1])]);
        }
    }

    public Task<StoredMethod?> FindLatestAsync(string methodId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_versions.TryGetValue(methodId, out var versions) ? versions[^1] : null);
        }
    }

    public Task<IReadOnlyList<StoredMethod>> ListVersionsAsync(string methodId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<StoredMethod>>(_versions.TryGetValue(methodId, out var versions) ? [.. versions] : []);
        }
    }

    public Task<StoredMethod?> AddVersionAsync(LabMethod method, int expectedVersion, string origin, string? contentHash, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var versions = _versions.GetValueOrDefault(method.Id);
            if ((versions is null ? 0 : versions[^1].Version) != expectedVersion)
            {
                return Task.FromResult<StoredMethod?>(null);
            }

            var stored = new StoredMethod(method, expectedVersion + 1, origin, contentHash, at);
            (versions ??= _versions[method.Id] = []).Add(stored);
            return Task.FromResult<StoredMethod?>(stored);
        }
    }

    public Task RateAsync(MethodRating rating, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _ratings[(rating.MethodId, rating.PersonId)] = rating;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<int>>> ListStarsAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<int>>>(_ratings.Values
                .GroupBy(r => r.MethodId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)[.. g.Select(r => r.Stars)], StringComparer.Ordinal));
        }
    }

    public Task<MethodRating?> FindRatingAsync(string methodId, Guid personId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_ratings.GetValueOrDefault((methodId, personId)));
        }
    }
}
