using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Tasks;

public sealed class EachParticipantTests
{
    private static readonly string SurveyFlow = LabTestHost.Flow(
        """
        { "id": "survey", "type": "UserTask",
          "inputs": { "title": "Enkät", "assignee": { "role": "Participant", "each": true }, "due": { "daysAfterStart": 3 },
                      "form": [ { "key": "score", "type": "Rating", "label": "Betyg", "required": true } ] } },
        { "id": "after", "type": "UserTask", "inputs": { "title": "Sammanställ", "assignee": { "role": "Facilitator" } } }
        """,
        """[ { "from": "start", "to": "survey" }, { "from": "survey", "to": "after" } ]""");

    [Fact]
    public async Task Each_CreatesOneTaskPerParticipant_AndCompletesWhenAllAreDone()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(SurveyFlow);
        var tasks = (await host.TasksOfAsync(lab.Id)).Where(t => t.ActivityId == "survey").ToList();

        Assert.Equal(LabTestHost.Participants.Select(p => p.Id).Order(), tasks.Select(t => t.AssigneeId!.Value).Order());
        for (var i = 0; i < tasks.Count; i++)
        {
            Assert.Empty(await OpenAfterAsync(host, lab));
            var result = await host.Tasks.CompleteAsync(tasks[i].Id, tasks[i].AssigneeId!.Value, null, LabTestHost.Answers($$"""{ "score": {{i + 3}} }"""), host.Token);
            Assert.Equal(TaskCompletionStatus.Completed, result.Status);
        }

        Assert.Single(await OpenAfterAsync(host, lab));
        var output = (await host.InstanceAsync(lab.Id)).State.Outputs["survey"]!;
        Assert.Equal(3, output["completed"]!.GetValue<int>());
        Assert.Equal([3, 4, 5], output["responses"]!.AsArray().Select(r => r!["score"]!.GetValue<int>()).Order());
    }

    [Fact]
    public async Task Each_ClosesRemainingTasks_WhenWindowCloses()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(SurveyFlow);
        var tasks = (await host.TasksOfAsync(lab.Id)).Where(t => t.ActivityId == "survey").ToList();
        await host.Tasks.CompleteAsync(tasks[0].Id, tasks[0].AssigneeId!.Value, null, LabTestHost.Answers("""{ "score": 4 }"""), host.Token);

        // Due Thursday 4 June; the window closes at midnight Stockholm time.
        await host.AdvanceAsync(new DateTimeOffset(2026, 6, 4, 22, 0, 1, TimeSpan.Zero) - host.Time.GetUtcNow());

        var after = (await host.TasksOfAsync(lab.Id)).Where(t => t.ActivityId == "survey").ToList();
        Assert.Equal(1, after.Count(t => t.Status == LabTaskStatus.Completed));
        Assert.Equal(2, after.Count(t => t.Status == LabTaskStatus.Closed));
        Assert.Single(await OpenAfterAsync(host, lab));
        Assert.Equal(1, (await host.InstanceAsync(lab.Id)).State.Outputs["survey"]!["completed"]!.GetValue<int>());
    }

    [Fact]
    public async Task Each_DoesNotCompleteEarly_WhenWindowNotClosed()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(SurveyFlow);

        await host.AdvanceAsync(new DateTimeOffset(2026, 6, 4, 21, 59, 0, TimeSpan.Zero) - host.Time.GetUtcNow());

        Assert.Empty(await OpenAfterAsync(host, lab));
        Assert.Equal(3, (await host.TasksOfAsync(lab.Id)).Count(t => t.IsOpen));
    }

    private static async Task<IReadOnlyList<LabTask>> OpenAfterAsync(LabTestHost host, Lab lab) =>
        [.. (await host.TasksOfAsync(lab.Id)).Where(t => t.ActivityId == "after" && t.IsOpen)];
}
