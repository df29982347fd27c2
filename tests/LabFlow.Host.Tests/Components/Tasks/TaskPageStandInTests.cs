using Bunit;
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

    /// <summary>What StandInRule does to a task created while Kim is away: Lo kept informed, with the history's note.</summary>
    private async Task<LabTask> GiveToStandInAsync(LabTask task) =>
        await Services.GetRequiredService<ITaskCommands>().UpdateAsync(
            task with
            {
                Informed = [Coordinator2.Id],
                History = [.. task.History, new TaskHistoryEntry(task.CreatedAt, WorkflowActors.System, TaskHistoryKind.StandIn, Coordinator1.Id, Coordinator2.Id, "2026-06-01–2026-06-30")],
            },
            task.Version,
            Token);
}
