using System.Collections.Concurrent;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Persistence;
using LabFlow.Workflows.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// The real runtime on the EF Core stores, with several nodes (service providers with their own in-process locks)
/// on one database, so that only the database decides races. Written once, run for every provider.
/// </summary>
public abstract class RuntimeConcurrencyContractTests : StoreTestBase
{
    [DatabaseFact]
    public async Task ResumeAsync_ContinuesExactlyOnce_When50CallersOnFiveNodesResumeTheSameBookmark()
    {
        await Node.PublishAsync(TestFlows.WaitOnce);
        var started = await Node.StartAsync("wait-once");
        var bookmark = await Node.BookmarkAtAsync(started.InstanceId, "wait");
        var nodes = Enumerable.Range(0, 5).Select(_ => CreateNode()).ToList();
        try
        {
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var callers = Enumerable.Range(0, 50)
                .Select(i => Task.Run(async () =>
                {
                    await go.Task;
                    return await nodes[i % nodes.Count].ResumeAsync(bookmark.Id);
                }))
                .ToList();

            go.SetResult();
            var results = await Task.WhenAll(callers).WaitAsync(Node.Token);

            Assert.Single(results, r => r.Outcome == ResumeOutcome.Resumed);
            Assert.Equal(49, results.Count(r => r.Outcome == ResumeOutcome.AlreadyConsumed));
            var instance = await Node.InstanceAsync(started.InstanceId);
            Assert.Equal(WorkflowStatus.Finished, instance.Status);
            Assert.Equal(1, instance.State.Variables["continued"]!.GetValue<double>());
            var journal = await Node.JournalAsync(started.InstanceId);
            Assert.Single(journal, e => e.Event == JournalEvent.ActivityResumed);
            Assert.Single(journal, e => e.Event == JournalEvent.ActivityCompleted && e.ActivityId == "count");
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    [DatabaseFact]
    public async Task ResumeAsync_CompletesEveryLab_When200LabsHaveFiveBookmarksEachResumedConcurrentlyFromTwoNodes()
    {
        const int Labs = 200;
        await Node.PublishAsync(TestFlows.FiveBranches);
        await using var other = CreateNode();
        var started = new ConcurrentBag<Guid>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, Labs),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Node.Token },
            async (_, _) => started.Add((await Node.StartAsync("five")).InstanceId));
        var bookmarks = new List<Bookmark>();
        foreach (var lab in started)
        {
            bookmarks.AddRange(await Node.BookmarksAsync(lab));
        }

        // Lab by lab, so the five bookmarks of a lab are resumed at the same moment, half on each node.
        var results = new ConcurrentBag<ResumeResult>();
        await Parallel.ForEachAsync(
            bookmarks.Select((bookmark, index) => (bookmark, index)),
            new ParallelOptions { MaxDegreeOfParallelism = 20, CancellationToken = Node.Token },
            async (item, _) => results.Add(await (item.index % 2 == 0 ? Node : other).ResumeAsync(item.bookmark.Id)));

        Assert.Equal(Labs * 5, bookmarks.Count);
        Assert.All(results, r => Assert.Equal(ResumeOutcome.Resumed, r.Outcome));
        Assert.Equal(0, await Node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().Bookmarks.CountAsync(b => b.ConsumedAt == null, Node.Token)));
        var instances = await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowInstanceStore>().ListAsync(new WorkflowInstanceQuery(Take: 1000), Node.Token));
        Assert.Equal(Labs, instances.Count);
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Finished, i.Status));
        Assert.All(instances, i => Assert.Equal(1, i.State.Variables["after"]!.GetValue<double>()));
        foreach (var instance in instances)
        {
            var journal = await Node.JournalAsync(instance.Id);
            Assert.Equal(Enumerable.Range(1, journal.Count).Select(n => (long)n), journal.Select(e => e.Sequence));
            Assert.Equal(instance.State.JournalSequence, journal[^1].Sequence);
            Assert.Equal(5, journal.Count(e => e.Event == JournalEvent.ActivityResumed));
            Assert.Equal(JournalEvent.WorkflowFinished, journal[^1].Event);
        }
    }

    [DatabaseFact]
    public async Task Labs_ResumeOnSignalsAndTimers_WhenANewServiceProviderOpensTheSameDatabase()
    {
        var before = CreateNode();
        await before.PublishAsync(TestFlows.SignalAndTimer);
        var labs = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            labs.Add((await before.StartAsync("signal-and-timer")).InstanceId);
        }

        await before.DisposeAsync();
        await using var after = CreateNode();
        var signalled = await after.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().SignalAsync("answer", null, ResumePayload.System(), after.Token));
        var waitingOnTimers = await Task.WhenAll(labs.Select(after.InstanceAsync));
        after.Time.Advance(TimeSpan.FromDays(3));
        var fired = await after.Get<InMemoryWorkflowScheduler>().FireDueTimersAsync(after.Token);

        Assert.Equal(3, signalled.Count(r => r.Outcome == ResumeOutcome.Resumed));
        Assert.All(waitingOnTimers, i => Assert.Equal(WorkflowStatus.Suspended, i.Status));
        Assert.Equal(3, fired);
        foreach (var lab in labs)
        {
            var instance = await after.InstanceAsync(lab);
            Assert.Equal(WorkflowStatus.Finished, instance.Status);
            Assert.Equal(LabFlowTestNode.StartTime.AddDays(3), instance.FinishedAt);
            Assert.Empty(await after.BookmarksAsync(lab));
            Assert.Equal(2, (await after.JournalAsync(lab)).Count(e => e.Event == JournalEvent.ActivityResumed));
        }
    }
}
