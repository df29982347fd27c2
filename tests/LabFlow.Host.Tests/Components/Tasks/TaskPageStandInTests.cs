using Bunit;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Bookmarks;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Tasks;

/// <summary>The task page as a stand-in sees it: the form and the actions of the away person's task, and the history's note.</summary>
public sealed class TaskPageStandInTests : TaskPageTestContext
{
    [Fact]
    public async Task Complete_CompletesForTheAwayPerson_WhenTheTaskWentToTheStandIn()
    {
        var task = await GiveToStandInAsync(await AddTaskAsync());
        var page = RenderAs(Coordinator2, task.Id);
        Assert.Equal("Du är ersättare för Kim Samordnare och kan slutföra uppgiften åt hen.", page.Find("#standing-in").TextContent);

        page.Find("#action-done").Click();

        var stored = await TaskStore.FindAsync(task.Id, Token);
        Assert.Equal((LabTaskStatus.Completed, Coordinator1.Id), (stored!.Status, stored.AssigneeId));
        Assert.Contains(
            "Lo Samordnare slutförde uppgiften som ersättare för Kim Samordnare.",
            page.FindAll(".lf-history li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Last(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_OffersNoActions_WhenThePersonIsOnlyKeptInformed()
    {
        var task = await AddTaskAsync(informed: [Coordinator2.Id]);

        var page = RenderAs(Coordinator2, task.Id);

        Assert.Empty(page.FindAll("#action-done"));
        Assert.Empty(page.FindAll("#standing-in"));
    }

    [Fact]
    public async Task Render_OffersNoActions_WhenTheStandInPeriodHasEnded()
    {
        // Arrange
        var task = await GiveToStandInAsync(await AddTaskAsync(), periodEnds: new DateOnly(2026, 6, 17));

        // Act
        var page = RenderAs(Coordinator2, task.Id);

        // Assert
        Assert.Empty(page.FindAll("#action-done"));
        Assert.Contains("Uppgiften ska göras av någon annan. Du kan läsa den och kommentera.", page.Find("#task-form").TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// What StandInRule does to a task created while Kim is away (1–30 June; the clock stands on 18 June): Lo kept
    /// informed, with the history's note, while Kim's stand-in period names Lo.
    /// </summary>
    private async Task<LabTask> GiveToStandInAsync(LabTask task, DateOnly? periodEnds = null)
    {
        await Services.GetRequiredService<IStandIns>().SetAsync(new StandIn(Coordinator1.Id, Coordinator2.Id, new DateOnly(2026, 6, 1), periodEnds ?? new DateOnly(2026, 6, 30)), Token);
        return await Services.GetRequiredService<ITaskCommands>().UpdateAsync(
            task with
            {
                Informed = [Coordinator2.Id],
                History = [.. task.History, new TaskHistoryEntry(task.CreatedAt, WorkflowActors.System, TaskHistoryKind.StandIn, Coordinator1.Id, Coordinator2.Id, "2026-06-01–2026-06-30")],
            },
            task.Version,
            Token);
    }
}
