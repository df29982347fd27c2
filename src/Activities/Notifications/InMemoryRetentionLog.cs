namespace LabFlow.Activities.Notifications;

/// <summary>Retention runs in memory (the default until a database store replaces it).</summary>
public sealed class InMemoryRetentionLog : IRetentionLog
{
    private readonly Lock _gate = new();
    private readonly List<RetentionRun> _runs = [];

    public Task AddAsync(RetentionRun run, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_runs.TrueForAll(r => r.Id != run.Id))
            {
                _runs.Add(run);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RetentionRun>> ListAsync(int take, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<RetentionRun> runs = [.. _runs.OrderByDescending(r => r.At).Take(take)];
            return Task.FromResult(runs);
        }
    }
}
