using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// The group flush behind SQLite's burst durability (issue 17), with a flush function whose calls the test starts and
/// ends: a waiter is answered only by a flush that began after it asked, one flush answers everyone who waited for it,
/// a failed flush fails exactly those, and a cancelled waiter stops waiting without stopping the flush.
/// </summary>
public sealed class GroupFlushBarrierTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ScriptedFlush _flush = new();
    private readonly GroupFlushBarrier _barrier;

    public GroupFlushBarrierTests()
    {
        _barrier = new GroupFlushBarrier(_flush.Run);
    }

    [Fact]
    public async Task WaitAsync_FlushesOnTheCallersThread_WhenNoFlushRuns()
    {
        // Arrange
        _flush.Release(1);

        // Act
        var pending = _barrier.WaitAsync(CancellationToken.None);

        // Assert: the leader's flush ran inside the call, so it is done when the call returns.
        Assert.True(pending.IsCompletedSuccessfully);
        Assert.Equal(1, _flush.Calls);
        await pending;
    }

    [Fact]
    public async Task WaitAsync_WaitsForTheNextFlush_WhenAFlushWasAlreadyRunningWhenItAsked()
    {
        // Arrange: a leader whose flush is running.
        var leader = Task.Run(() => _barrier.WaitAsync(CancellationToken.None).AsTask());
        await _flush.StartedAsync(1);

        // Act
        var follower = _barrier.WaitAsync(CancellationToken.None).AsTask();
        _flush.Release(1);
        await leader.WaitAsync(Patience);
        await _flush.StartedAsync(2);
        var answeredByTheFirstFlush = follower.IsCompleted;
        _flush.Release(2);
        await follower.WaitAsync(Patience);

        // Assert
        Assert.False(answeredByTheFirstFlush);
        Assert.Equal(2, _flush.Calls);
    }

    [Fact]
    public async Task WaitAsync_AnswersEveryWaiterWithOneFlush_WhenSeveralAskedDuringTheSameFlush()
    {
        // Arrange
        var leader = Task.Run(() => _barrier.WaitAsync(CancellationToken.None).AsTask());
        await _flush.StartedAsync(1);

        // Act
        Task[] followers = [.. Enumerable.Range(0, 5).Select(_ => _barrier.WaitAsync(CancellationToken.None).AsTask())];
        _flush.Release(1);
        _flush.Release(2);
        await Task.WhenAll([leader, .. followers]).WaitAsync(Patience);

        // Assert
        Assert.Equal(2, _flush.Calls);
    }

    [Fact]
    public async Task WaitAsync_FailsExactlyTheWaitersOfTheFailedFlush_WhenAFlushThrows()
    {
        // Arrange: flush 2 fails; B and C wait for it; D asks while it runs, so it waits for flush 3.
        _flush.FailOn(2);
        var leader = Task.Run(() => _barrier.WaitAsync(CancellationToken.None).AsTask());
        await _flush.StartedAsync(1);
        var b = _barrier.WaitAsync(CancellationToken.None).AsTask();
        var c = _barrier.WaitAsync(CancellationToken.None).AsTask();
        _flush.Release(1);
        await _flush.StartedAsync(2);
        var d = _barrier.WaitAsync(CancellationToken.None).AsTask();

        // Act
        _flush.Release(2);
        var bFailure = await Assert.ThrowsAsync<IOException>(() => b.WaitAsync(Patience));
        var cFailure = await Assert.ThrowsAsync<IOException>(() => c.WaitAsync(Patience));
        _flush.Release(3);
        await d.WaitAsync(Patience);
        _flush.Release(4);
        await _barrier.WaitAsync(CancellationToken.None);

        // Assert
        await leader.WaitAsync(Patience);
        Assert.Equal("flush 2 failed", bFailure.Message);
        Assert.Same(bFailure, cFailure);
        Assert.Equal(4, _flush.Calls);
    }

    [Fact]
    public async Task WaitAsync_ThrowsTheFlushsException_WhenTheLeadersOwnFlushFails()
    {
        // Arrange
        _flush.FailOn(1);
        _flush.Release(1);

        // Act
        var failure = await Assert.ThrowsAsync<IOException>(() => _barrier.WaitAsync(CancellationToken.None).AsTask());

        // Assert: the barrier is free again for the next caller.
        Assert.Equal("flush 1 failed", failure.Message);
        _flush.Release(2);
        await _barrier.WaitAsync(CancellationToken.None);
        Assert.Equal(2, _flush.Calls);
    }

    [Fact]
    public async Task WaitAsync_StopsWaitingButTheFlushStillRuns_WhenTheWaiterIsCancelled()
    {
        // Arrange
        using var cancellation = new CancellationTokenSource();
        var leader = Task.Run(() => _barrier.WaitAsync(CancellationToken.None).AsTask());
        await _flush.StartedAsync(1);
        var cancelled = _barrier.WaitAsync(cancellation.Token).AsTask();
        var other = _barrier.WaitAsync(CancellationToken.None).AsTask();

        // Act
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Patience));
        _flush.Release(1);
        _flush.Release(2);
        await Task.WhenAll(leader, other).WaitAsync(Patience);

        // Assert: an already cancelled caller does not even ask.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _barrier.WaitAsync(cancellation.Token).AsTask());
        Assert.Equal(2, _flush.Calls);
    }

    public void Dispose() => _flush.Dispose();

    /// <summary>A flush whose n-th call signals that it started and returns (or throws) only when the test releases it.</summary>
    private sealed class ScriptedFlush : IDisposable
    {
        private const int MaxCalls = 8;
        private readonly SemaphoreSlim[] _started = [.. Enumerable.Range(0, MaxCalls + 1).Select(_ => new SemaphoreSlim(0))];
        private readonly ManualResetEventSlim[] _released = [.. Enumerable.Range(0, MaxCalls + 1).Select(_ => new ManualResetEventSlim())];
        private readonly HashSet<int> _failing = [];
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public void FailOn(int call) => _failing.Add(call);

        public void Release(int call) => _released[call].Set();

        public async Task StartedAsync(int call)
        {
            Assert.True(await _started[call].WaitAsync(Patience), $"Flush {call} did not start.");
            _started[call].Release();
        }

        public void Run()
        {
            var call = Interlocked.Increment(ref _calls);
            _started[call].Release();
            Assert.True(_released[call].Wait(Patience), $"Flush {call} was never released.");
            if (_failing.Contains(call))
            {
                throw new IOException($"flush {call} failed");
            }
        }

        public void Dispose()
        {
            foreach (var started in _started)
            {
                started.Dispose();
            }

            foreach (var released in _released)
            {
                released.Dispose();
            }
        }
    }
}
