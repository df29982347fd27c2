using LabFlow.Activities.Labs;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Workflows.Journal;

namespace LabFlow.Activities.Tests.Tasks;

/// <summary>A task step's completion entry in the journal names the task it came from, so readers link by id.</summary>
public sealed class TaskJournalTests
{
    /// <summary>A task step ("report", for coordinators) followed by another; the lab page's tests use it too.</summary>
    internal static readonly string ReportFlow = LabTestHost.Flow(
        """
        { "id": "report", "type": "UserTask", "inputs": { "title": "Skriv rapport", "assignee": { "role": "Coordinator" } } },
        { "id": "next", "type": "UserTask", "inputs": { "title": "Nästa steg", "assignee": { "role": "Facilitator" } } }
        """,
        """[ { "from": "start", "to": "report" }, { "from": "report", "to": "next" } ]""");

    [Fact]
    public async Task Skip_NamesTheSkippedTaskOnTheStepsCompletionEntry_WhenAFacilitatorSkipsIt()
    {
        // Arrange
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");

        // Act
        await host.Tasks.SkipAsync(task.Id, LabTestHost.Facilitator.Id, "Redan gjord", null, host.Token);

        // Assert
        var completion = Assert.Single(await host.JournalAsync(lab.Id), e => e.Event == JournalEvent.ActivityCompleted && e.ActivityId == "report");
        Assert.Equal(task.Id, LabTimeline.TaskOf(completion));
    }

    [Fact]
    public async Task Complete_NamesTheCompletedTaskOnTheStepsCompletionEntry_WhenTheAssigneeCompletesIt()
    {
        // Arrange
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");

        // Act
        await host.Tasks.CompleteAsync(task.Id, LabTestHost.Coordinator1.Id, null, null, host.Token);

        // Assert
        var completion = Assert.Single(await host.JournalAsync(lab.Id), e => e.Event == JournalEvent.ActivityCompleted && e.ActivityId == "report");
        Assert.Equal(task.Id, LabTimeline.TaskOf(completion));
    }
}
