namespace LabFlow.Workflows.Execution;

/// <summary>
/// Serialises the bursts of one instance within this process. An entry lives only while someone holds or awaits it.
/// </summary>
internal sealed class WorkflowInstanceLocks
{
    // Striped by instance: one dictionary and its lock for every burst of every lab made the lock a queue on two cores
    // (issue 17). An instance always maps to the same stripe, so each stripe alone keeps the rule above.
    private const int StripeCount = 32;
    private readonly Dictionary<Guid, Entry>[] _stripes = CreateStripes();

    public async Task<IDisposable> AcquireAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        Entry entry;
        var entries = StripeOf(instanceId);
        lock (entries)
        {
            if (!entries.TryGetValue(instanceId, out entry!))
            {
                entry = new Entry();
                entries.Add(instanceId, entry);
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
            var count = 0;
            foreach (var entries in _stripes)
            {
                lock (entries)
                {
                    count += entries.Count;
                }
            }

            return count;
        }
    }

    private void Leave(Guid instanceId, Entry entry)
    {
        var entries = StripeOf(instanceId);
        lock (entries)
        {
            entry.Users--;
            if (entry.Users == 0)
            {
                entries.Remove(instanceId);
                entry.Semaphore.Dispose();
            }
        }
    }

    private Dictionary<Guid, Entry> StripeOf(Guid instanceId) => _stripes[(instanceId.GetHashCode() & int.MaxValue) % StripeCount];

    private static Dictionary<Guid, Entry>[] CreateStripes()
    {
        var stripes = new Dictionary<Guid, Entry>[StripeCount];
        for (var i = 0; i < stripes.Length; i++)
        {
            stripes[i] = [];
        }

        return stripes;
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
