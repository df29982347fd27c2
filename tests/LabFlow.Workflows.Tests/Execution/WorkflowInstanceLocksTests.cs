using LabFlow.Workflows.Execution;

namespace LabFlow.Workflows.Tests.Execution;

/// <summary>The per-instance lock hands itself over in order and keeps no entry once nobody holds or awaits it.</summary>
public sealed class WorkflowInstanceLocksTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AcquireAsync_WaitsForTheHolder_WhenTheInstanceIsLocked()
    {
        var locks = new WorkflowInstanceLocks();
        var id = Guid.NewGuid();
        var first = await locks.AcquireAsync(id, CancellationToken.None);

        var second = locks.AcquireAsync(id, CancellationToken.None).AsTask();
        var otherInstance = await locks.AcquireAsync(Guid.NewGuid(), CancellationToken.None);
        var waitedWhileHeld = !second.IsCompleted;
        first.Dispose();
        using (await second.WaitAsync(Patience))
        {
            otherInstance.Dispose();
            Assert.Equal(1, locks.Count);
        }

        Assert.True(waitedWhileHeld);
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task AcquireAsync_SkipsACancelledWaiter_WhenTheHolderReleases()
    {
        var locks = new WorkflowInstanceLocks();
        var id = Guid.NewGuid();
        var holder = await locks.AcquireAsync(id, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = locks.AcquireAsync(id, cancel.Token).AsTask();
        var next = locks.AcquireAsync(id, CancellationToken.None).AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Patience));
        holder.Dispose();
        (await next.WaitAsync(Patience)).Dispose();

        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task AcquireAsync_Throws_WhenCancelledBeforeAsking()
    {
        var locks = new WorkflowInstanceLocks();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => locks.AcquireAsync(Guid.NewGuid(), new CancellationToken(canceled: true)).AsTask());

        Assert.Equal(0, locks.Count);
    }
}
