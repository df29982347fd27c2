using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Tests.Components.Shared;

/// <summary>
/// A live board reads itself after its own command and after every change someone else pushes. What it shows last
/// must have been read after the last change (the CI failure where a voter's page lost a dot it had just placed).
/// </summary>
public sealed class SerialReadsTests
{
    [Fact]
    public async Task AReadAskedForWhileOneRuns_WaitsAndIsServedByOneReadThatStartsAfterIt()
    {
        var reads = new SerialReads();
        var started = new List<TaskCompletionSource>();
        Task Read()
        {
            var read = new TaskCompletionSource();
            started.Add(read);
            return read.Task;
        }

        var first = reads.ReadAsync(Read);
        var second = reads.ReadAsync(Read);
        var third = reads.ReadAsync(Read);
        Assert.Single(started);

        started[0].SetResult();
        await first;
        Assert.False(second.IsCompleted, "A read asked for while the first ran was answered by the first.");
        Assert.Equal(2, started.Count);

        started[1].SetResult();
        await Task.WhenAll(second, third);
        Assert.Equal(2, started.Count);
    }

    [Fact]
    public async Task AFailedRead_IsThrownToItsCallers_AndTheNextCallReadsAgain()
    {
        var reads = new SerialReads();
        var calls = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => reads.ReadAsync(() => ++calls == 1 ? Task.FromException(new InvalidOperationException("down")) : Task.CompletedTask));
        await reads.ReadAsync(() =>
        {
            calls++;
            return Task.CompletedTask;
        });

        Assert.Equal(2, calls);
    }
}
