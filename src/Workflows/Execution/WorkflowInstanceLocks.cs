namespace LabFlow.Workflows.Execution;

/// <summary>
/// Serialises the bursts of one instance within this process. An entry lives only while someone holds or awaits it.
/// </summary>
internal sealed class WorkflowInstanceLocks
{
    private readonly Dictionary<Guid, Entry> _entries = [];

    public async Task<IDisposable> AcquireAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(instanceId, out entry!))
            {
                entry = new Entry();
                _entries.Add(instanceId, entry);
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(instanceId, entry);
            throw;
        }

        return new Releaser(this, instanceId, entry);
    }

    /// <summary>The number of instances with a lock entry (for tests of the clean-up).</summary>
    internal int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    private void Leave(Guid instanceId, Entry entry)
    {
        lock (_entries)
        {
            entry.Users--;
            if (entry.Users == 0)
            {
                _entries.Remove(instanceId);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Releaser(WorkflowInstanceLocks owner, Guid instanceId, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                entry.Semaphore.Release();
                owner.Leave(instanceId, entry);
            }
        }
    }
}
