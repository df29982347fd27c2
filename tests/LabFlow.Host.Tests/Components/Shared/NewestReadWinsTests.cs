using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Tests.Components.Shared;

/// <summary>
/// A live board reads itself after its own command and after every pushed change; the reads may finish in any order,
/// and the page must end on the newest one (the CI failure where a voter's page kept "2 av 3 prickar kvar" after two dots).
/// </summary>
public sealed class NewestReadWinsTests
{
    [Fact]
    public async Task ARead_ThatFinishesAfterANewerOne_IsNotShown()
    {
        var reads = new NewestReadWins();
        var shown = new List<string>();
        var older = new TaskCompletionSource<string>();
        var newer = new TaskCompletionSource<string>();

        var olderRead = reads.ReadAsync(() => older.Task, shown.Add);
        var newerRead = reads.ReadAsync(() => newer.Task, shown.Add);
        newer.SetResult("two dots");
        older.SetResult("one dot");

        Assert.True(await newerRead);
        Assert.False(await olderRead);
        Assert.Equal(["two dots"], shown);
    }

    [Fact]
    public async Task Reads_ThatFinishInTheOrderTheyStarted_AreAllShown()
    {
        var reads = new NewestReadWins();
        var shown = new List<int>();
        var first = new TaskCompletionSource<int>();
        var second = new TaskCompletionSource<int>();

        var firstRead = reads.ReadAsync(() => first.Task, shown.Add);
        var secondRead = reads.ReadAsync(() => second.Task, shown.Add);
        first.SetResult(1);
        Assert.True(await firstRead);
        second.SetResult(2);
        Assert.True(await secondRead);

        Assert.Equal([1, 2], shown);
        Assert.True(await reads.ReadAsync(() => Task.FromResult(3), shown.Add));
        Assert.Equal([1, 2, 3], shown);
    }
}
