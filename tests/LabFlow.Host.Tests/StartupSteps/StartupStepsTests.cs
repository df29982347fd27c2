using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using LabFlow.Host.Infrastructure.Persistence.StartupSteps;
using LabFlow.Host.Tests.DomainPersistence;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.StartupSteps;

/// <summary>
/// The one-time start-up steps (<see cref="OneTimeStartupSteps"/>) on every provider: a step runs on a database that
/// has no record of it (a new one, or an old one being upgraded), and never again once recorded, so the follow-up
/// fill no longer scans every task's JSON at each start.
/// </summary>
public abstract class StartupStepsTests : DomainStoreTestBase
{
    private static readonly DateOnly FollowUp = new(2027, 3, 1);

    [DatabaseFact]
    public async Task RunAsync_RunsEachStepOnce_WhenTheHostStartsAgain()
    {
        // Arrange
        var runs = new List<string>();
        StartupStep[] steps = [Counting("test-a", runs), Counting("test-b", runs)];

        // Act
        var first = await RunAsync(Node, steps);
        var second = await RunAsync(Node, steps);

        // Assert
        Assert.Equal(["test-a", "test-b"], first);
        Assert.Empty(second);
        Assert.Equal(["test-a", "test-b"], runs);
        Assert.Equal(LabFlowTestNode.StartTime, Assert.Single(await RecordedAsync(), s => s.Name == "test-a").CompletedAt);
    }

    [DatabaseFact]
    public async Task RunAsync_RunsAStepAgain_WhenItStoppedHalfWay()
    {
        // Arrange
        var attempts = 0;
        var step = new StartupStep("test-stopped", (_, _) =>
            ++attempts == 1 ? throw new InvalidOperationException("The server stopped during the step.") : Task.CompletedTask);
        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(Node, [step]));

        // Act
        var ran = await RunAsync(Node, [step]);

        // Assert
        Assert.Equal(["test-stopped"], ran);
        Assert.Equal(2, attempts);
    }

    [DatabaseFact]
    public async Task RunAsync_RecordsTheStepOnce_WhenTwoNodesRunItTogether()
    {
        // Arrange: each node's step waits until the other's has started, so both run it before either records it.
        var started = 0;
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var step = new StartupStep("test-together", async (_, cancellationToken) =>
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }

            await bothStarted.Task.WaitAsync(cancellationToken);
        });
        await using var other = CreateNode();

        // Act
        var ran = await Task.WhenAll(RunAsync(Node, [step]), RunAsync(other, [step]));

        // Assert: neither start-up failed, and the step is recorded once.
        Assert.All(ran, names => Assert.Equal(["test-together"], names));
        Assert.Single(await RecordedAsync(), s => s.Name == "test-together");
    }

    [DatabaseFact]
    public async Task MigrateAsync_FillsTheFollowUpColumn_WhenTheDatabaseIsFromBeforeTheStep()
    {
        // Arrange: a task written before the column, in a database that has not run the step.
        var id = await AddTaskWithoutFollowUpColumnAsync();
        await WithDbAsync(db => db.Set<CompletedStartupStepRow>().ExecuteDeleteAsync(Token));

        // Act
        await Node.PrepareAsync();

        // Assert
        Assert.Equal(FollowUp, await FollowUpOfAsync(id));
        Assert.Equal(OneTimeStartupSteps.All.Select(s => s.Name).Order(), (await RecordedAsync()).Select(s => s.Name).Order());
    }

    [DatabaseFact]
    public async Task MigrateAsync_DoesNotScanTheTasks_WhenTheStepHasRun()
    {
        // Arrange: the node's start-up ran the step; a row that lacks the column now would be found by a scan.
        var id = await AddTaskWithoutFollowUpColumnAsync();

        // Act
        await Node.PrepareAsync();

        // Assert
        Assert.Null(await FollowUpOfAsync(id));
    }

    private static StartupStep Counting(string name, List<string> runs) =>
        new(name, (_, _) =>
        {
            runs.Add(name);
            return Task.CompletedTask;
        });

    private static Task<IReadOnlyList<string>> RunAsync(LabFlowTestNode node, IReadOnlyList<StartupStep> steps) =>
        node.InScopeAsync(async sp =>
        {
            await using var db = sp.GetRequiredService<LabFlowDatabase>().CreateContext();
            return await OneTimeStartupSteps.RunAsync(db, steps, sp.GetRequiredService<TimeProvider>(), node.Token);
        });

    private Task<List<CompletedStartupStepRow>> RecordedAsync() =>
        WithDbAsync(db => db.Set<CompletedStartupStepRow>().AsNoTracking().ToListAsync(Token));

    /// <summary>A task row as a version before the column wrote it: the date only in its JSON.</summary>
    private async Task<Guid> AddTaskWithoutFollowUpColumnAsync()
    {
        var id = Guid.NewGuid();
        await WithDbAsync(db =>
        {
            db.Set<TaskRow>().Add(new TaskRow
            {
                Id = id,
                LabId = Guid.NewGuid(),
                Kind = "UserTask",
                Status = "Open",
                IsOpen = true,
                CreatedAt = LabFlowTestNode.StartTime,
                Data = $$"""{"id":"{{id}}","followUp":"{{FollowUp:yyyy-MM-dd}}"}""",
            });
            return db.SaveChangesAsync(Token);
        });
        return id;
    }

    private Task<DateOnly?> FollowUpOfAsync(Guid id) =>
        WithDbAsync(db => db.Set<TaskRow>().Where(t => t.Id == id).Select(t => t.FollowUp).SingleAsync(Token));

    private Task<T> WithDbAsync<T>(Func<LabFlowDbContext, Task<T>> action) =>
        Node.InScopeAsync(async sp =>
        {
            await using var db = sp.GetRequiredService<LabFlowDatabase>().CreateContext();
            return await action(db);
        });
}
