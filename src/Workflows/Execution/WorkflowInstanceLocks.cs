namespace LabFlow.Workflows.Execution;

/// <summary>
/// Serialises the bursts of one instance within this process. An entry lives only while someone holds or awaits it.
/// </summary>
internal sealed class WorkflowInstanceLocks
{
    // Striped by instance: one dictionary and its lock for every burst of every lab made the lock a queue on two cores
    // (issue 17). An instance always maps to the same stripe, so each stripe alone keeps the rule above.
    private const int StripeCount = 32;
    private readonly Stripe[] _stripes = CreateStripes();

    /// <summary>
    /// Takes the lock of <paramref name="instanceId"/>; the answer is disposed to release it. A lock nobody holds is
    /// taken at once, without a semaphore or a task: a semaphore per burst and its monitor were a tenth of a short
    /// flow's CPU in memory (issue 17). Waiters are served in arrival order.
    /// </summary>
    public ValueTask<IDisposable> AcquireAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<IDisposable>(cancellationToken);
        }

        var stripe = StripeOf(instanceId);
        Entry? entry;
        TaskCompletionSource waiter;
        lock (stripe.Gate)
        {
            if (!stripe.Entries.TryGetValue(instanceId, out entry))
            {
                entry = new Entry();
                stripe.Entries.Add(instanceId, entry);
            }

            if (!entry.Held)
            {
                entry.Held = true;
                return ValueTask.FromResult<IDisposable>(new Releaser(this, instanceId, entry));
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (entry.Waiters ??= new Queue<TaskCompletionSource>()).Enqueue(waiter);
        }

        return WaitAsync(instanceId, entry, waiter, cancellationToken);
    }

    /// <summary>The number of instances with a lock entry (for tests of the clean-up).</summary>
    internal int Count
    {
        get
        {
            var count = 0;
            foreach (var stripe in _stripes)
            {
                lock (stripe.Gate)
                {
                    count += stripe.Entries.Count;
                }
            }

            return count;
        }
    }

    private async ValueTask<IDisposable> WaitAsync(Guid instanceId, Entry entry, TaskCompletionSource waiter, CancellationToken cancellationToken)
    {
        try
        {
            await waiter.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            bool handedOver;
            lock (StripeOf(instanceId).Gate)
            {
                // A waiter cancelled in the queue is skipped by the release; one the lock was handed to passes it on.
                handedOver = !waiter.TrySetCanceled(cancellationToken);
            }

            if (handedOver)
            {
                Release(instanceId, entry);
            }

            throw;
        }

        return new Releaser(this, instanceId, entry);
    }

    private void Release(Guid instanceId, Entry entry)
    {
        var stripe = StripeOf(instanceId);
        lock (stripe.Gate)
        {
            while (entry.Waiters is { } waiters && waiters.TryDequeue(out var next))
            {
                if (next.TrySetResult())
                {
                    return; // handed over: the entry stays held
                }
            }

            entry.Held = false;
            stripe.Entries.Remove(instanceId);
        }
    }

    private Stripe StripeOf(Guid instanceId) => _stripes[(instanceId.GetHashCode() & int.MaxValue) % StripeCount];

    private static Stripe[] CreateStripes()
    {
        var stripes = new Stripe[StripeCount];
        for (var i = 0; i < stripes.Length; i++)
        {
            stripes[i] = new Stripe();
        }

        return stripes;
    }

    private sealed class Stripe
    {
        public Lock Gate { get; } = new();

        public Dictionary<Guid, Entry> Entries { get; } = [];
    }

    private sealed class Entry
    {
        public bool Held { get; set; }

        /// <summary>Bursts waiting for the lock, in arrival order; created only when one has to wait.</summary>
        public Queue<TaskCompletionSource>? Waiters { get; set; }
    }

    private sealed class Releaser(WorkflowInstanceLocks owner, Guid instanceId, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Release(instanceId, entry);
            }
        }
    }
}
