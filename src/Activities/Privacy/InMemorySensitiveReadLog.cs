namespace LabFlow.Activities.Privacy;

/// <summary>The access log in memory (tests and the in-memory composition).</summary>
public sealed class InMemorySensitiveReadLog : ISensitiveReadLog
{
    private readonly Lock _gate = new();
    private readonly List<SensitiveRead> _reads = [];

    public Task AddAsync(IReadOnlyList<SensitiveRead> reads, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _reads.AddRange(reads);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SensitiveRead>> ListAsync(SensitiveReadQuery query, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<SensitiveRead> found = [.. _reads
                .Where(r => query.AdministrationIds is null || query.AdministrationIds.Contains(r.AdministrationId))
                .Where(r => query.ReaderId is null || r.ReaderId == query.ReaderId)
                .OrderByDescending(r => r.At)
                .Take(query.Take)];
            return Task.FromResult(found);
        }
    }
}
