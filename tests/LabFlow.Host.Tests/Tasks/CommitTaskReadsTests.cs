using System.Text.Json.Nodes;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Tests.Ui;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Tasks;

/// <summary>
/// A completion's commit writes on the task its request read (<see cref="TaskReads"/>, issue 17) only while the task
/// is unchanged: a task changed since is read again in the transaction, so nothing written in between is overwritten.
/// </summary>
public sealed class CommitTaskReadsTests(FlowKindPagesTests.Fixture fixture) : IClassFixture<FlowKindPagesTests.Fixture>
{
    [Fact]
    public async Task ResumeAsync_CompletesOnTheStoredVersion_WhenTheTaskTheRequestReadChangedSince()
    {
        // Arrange: the task as a completing request read it, then a draft saved by another request (a new version).
        var (coordinator, _, _, taskId) = await fixture.LaunchAsync("lab");
        var read = (await fixture.Factory.InScopeAsync(services => services.GetRequiredService<ITaskStore>().FindAsync(taskId, CancellationToken.None)))!;
        await fixture.Factory.InScopeAsync(services =>
            services.GetRequiredService<ITaskCommands>().UpdateAsync(read with { Draft = new JsonObject { ["note"] = "later" } }, read.Version, CancellationToken.None));

        // Act: the commit is handed the task as read before the draft.
        var result = await fixture.Factory.InScopeAsync(async services =>
        {
            services.GetRequiredService<TaskReads>().Keep(read);
            var completion = new JsonObject
            {
                ["taskId"] = taskId.ToString(),
                ["outcome"] = read.Actions.FirstOrDefault()?.Name ?? "Done",
                ["answers"] = new JsonObject(),
                ["doer"] = coordinator.Id.ToString(),
            };
            return await services.GetRequiredService<IWorkflowRuntime>().ResumeAsync(
                read.BookmarkId!.Value, new ResumePayload(completion, coordinator.Id.ToString()), CancellationToken.None);
        });
        var stored = (await fixture.Factory.InScopeAsync(services => services.GetRequiredService<ITaskStore>().FindAsync(taskId, CancellationToken.None)))!;

        // Assert: completed on top of the draft's version, not over it.
        Assert.Equal(ResumeOutcome.Resumed, result.Outcome);
        Assert.Equal(LabTaskStatus.Completed, stored.Status);
        Assert.Equal(read.Version + 2, stored.Version);
    }
}
