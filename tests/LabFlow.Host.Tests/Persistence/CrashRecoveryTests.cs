using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Outbox;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// A separate process (tests/LabFlow.CrashWorker) runs bursts against a SQLite file and is killed (SIGKILL) in the
/// middle; afterwards every lab is in the state of its last committed burst, with that burst's outbox row.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const int Labs = 10;
    private const int CommitsBeforeKill = 60;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly SqliteTestDatabase _database = SqliteTestDatabase.Create();
    private readonly RecordingDispatcher _dispatcher = new();
    private LabFlowTestNode? _node;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Restart_FindsEveryLabAtItsLastCommittedBurstWithItsOutbox_WhenTheProcessWasKilledMidway()
    {
        var (started, confirmed) = await RunWorkerAndKillAsync();

        // The worker's clock was the real one: the sweep's clock starts past every row it wrote.
        var node = _node = await new LabFlowTestNode(
            _database,
            new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddHours(1)),
            services => services.AddSingleton<IWorkflowEffectDispatcher>(_dispatcher)).PrepareAsync();
        var undispatchedBefore = await node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().Outbox
            .Where(o => o.DispatchedAt == null).Select(o => o.EffectId).ToListAsync(node.Token));

        Assert.Equal(Labs, started.Count);
        foreach (var lab in started)
        {
            var instance = await node.InstanceAsync(lab);
            var count = (int)instance.State.Variables["n"]!.GetValue<double>();
            var acknowledged = confirmed.GetValueOrDefault(lab);

            // Every burst the worker saw commit is there; at most the one in flight committed unseen.
            Assert.InRange(count, acknowledged, acknowledged + 1);
            Assert.Equal(count + 1, instance.ConcurrencyToken);
            Assert.Equal(WorkflowStatus.Suspended, instance.Status);
            var journal = await node.JournalAsync(lab);
            Assert.Equal(Enumerable.Range(1, journal.Count).Select(n => (long)n), journal.Select(e => e.Sequence));
            Assert.Equal(instance.State.JournalSequence, journal[^1].Sequence);
            Assert.Equal(count, journal.Count(e => e.Event == JournalEvent.ActivityResumed));
            var open = Assert.Single(await node.BookmarksAsync(lab));
            Assert.Equal("delay", open.ActivityId);

            var bookmarkIds = await node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().Bookmarks
                .Where(b => b.InstanceId == lab).Select(b => b.Id).ToListAsync(node.Token));
            var outbox = await node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().Outbox
                .Where(o => o.InstanceId == lab).Select(o => o.Payload).ToListAsync(node.Token));
            var scheduled = outbox.Select(p => JsonSerializer.Deserialize<ScheduleTimer>(p, JsonSerializerOptions.Web)!).ToList();

            // One outbox row per committed burst, each for a bookmark that committed, and one for the open timer.
            Assert.Equal(count + 1, bookmarkIds.Count);
            Assert.Equal(count + 1, scheduled.Count);
            Assert.Equal(bookmarkIds.Order(), scheduled.Select(s => s.BookmarkId).Order());
            Assert.Contains(scheduled, s => s.BookmarkId == open.Id);
        }

        var swept = await node.Get<OutboxSweeper>().SweepAsync(node.Token);
        Assert.Equal(undispatchedBefore.Count, swept);
        Assert.Equal(undispatchedBefore.Order(), _dispatcher.Dispatched.Select(e => e.Id).Order());
        Assert.Equal(0, await node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().Outbox.CountAsync(o => o.DispatchedAt == null, node.Token)));
        foreach (var lab in started)
        {
            var resumed = await node.ResumeAsync((await node.BookmarkAtAsync(lab, "delay")).Id);
            Assert.Equal(ResumeOutcome.Resumed, resumed.Outcome);
        }
    }

    public async Task DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    /// <summary>Starts the worker, waits until it has confirmed enough commits, and kills it; returns what it printed.</summary>
    private async Task<(IReadOnlyList<Guid> Started, IReadOnlyDictionary<Guid, int> Confirmed)> RunWorkerAndKillAsync()
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LabFlow.CrashWorker.dll"));
        startInfo.ArgumentList.Add(_database.FilePath);
        startInfo.ArgumentList.Add(Labs.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var started = new ConcurrentQueue<Guid>();
        var confirmed = new ConcurrentDictionary<Guid, int>();
        var errors = new ConcurrentQueue<string>();
        var commits = 0;
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) =>
        {
            var parts = e.Data?.Split(' ');
            if (parts is ["started", { } startedLab])
            {
                started.Enqueue(Guid.Parse(startedLab));
            }
            else if (parts is ["committed", { } committedLab, { } count])
            {
                confirmed[Guid.Parse(committedLab)] = int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
                if (Interlocked.Increment(ref commits) >= CommitsBeforeKill)
                {
                    enough.TrySetResult();
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                errors.Enqueue(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(enough.Task, exited, Task.Delay(Timeout));
        if (first != enough.Task)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            Assert.Fail($"The crash worker confirmed {commits} of {CommitsBeforeKill} commits before it {(first == exited ? "exited" : "timed out")}. It wrote:\n{string.Join('\n', errors)}");
        }

        // SIGKILL: no clean-up, no flush, in the middle of whatever bursts are running.
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        // The parameterless wait also drains the redirected output.
        process.WaitForExit();
        return ([.. started], confirmed);
    }
}
