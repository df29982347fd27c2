using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Tasks;

public sealed class QuorumTests
{
    private static string SurveyFlow(string quorum) => LabTestHost.Flow(
        $$"""
        { "id": "survey", "type": "UserTask",
          "inputs": { "title": "Avstämning", "assignee": { "role": "Participant", "each": true }, "due": { "daysAfterStart": 10 }, "quorum": {{quorum}} } },
        { "id": "after", "type": "UserTask", "inputs": { "title": "Sammanställ", "assignee": { "role": "Facilitator" } } }
        """,
        """[ { "from": "start", "to": "survey" }, { "from": "survey", "to": "after" } ]""");

    [Theory]
    [InlineData("2")]
    [InlineData("0.6")] // 60 % of 3, rounded up: 2
    public async Task Complete_GoesOnAndClosesTheRestAsNotNeeded_WhenTheQuorumIsReached(string quorum)
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(SurveyFlow(quorum));
        var tasks = (await host.TasksOfAsync(lab.Id)).Where(t => t.ActivityId == "survey").ToList();

        await host.Tasks.CompleteAsync(tasks[0].Id, tasks[0].AssigneeId!.Value, null, null, host.Token);
        Assert.Empty(await OpenAfterAsync(host, lab));
        await host.Tasks.CompleteAsync(tasks[1].Id, tasks[1].AssigneeId!.Value, null, null, host.Token);

        Assert.Single(await OpenAfterAsync(host, lab));
        var rest = await host.Get<ITaskStore>().FindAsync(tasks[2].Id, host.Token);
        Assert.Equal(LabTaskStatus.Closed, rest!.Status);
        var entry = Assert.Single(rest.History, h => h.Kind == TaskHistoryKind.NotNeeded);
        Assert.Equal("Not needed: 2 of 3 were done, the step's quorum is 2.", entry.Note);
        Assert.Equal(2, (await host.InstanceAsync(lab.Id)).State.Outputs["survey"]!["completed"]!.GetValue<int>());
    }

    [Fact]
    public async Task CloseAsync_GoesOnAndClosesOpenTasksAsNotNeeded_WhenTheFacilitatorClosesTheStep()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(SurveyFlow("3"));
        var tasks = (await host.TasksOfAsync(lab.Id)).Where(t => t.ActivityId == "survey").ToList();
        await host.Tasks.CompleteAsync(tasks[0].Id, tasks[0].AssigneeId!.Value, null, null, host.Token);
        var closing = host.Get<EachStepClosing>();

        var refused = await Assert.ThrowsAsync<LabDomainException>(() => closing.CloseAsync(tasks[1].Id, tasks[1].AssigneeId!.Value, null, host.Token));
        await closing.CloseAsync(tasks[1].Id, LabTestHost.Facilitator.Id, "Två är sjuka", host.Token);

        Assert.Equal(LabErrors.Forbidden, refused.Code);
        Assert.Single(await OpenAfterAsync(host, lab));
        var after = (await host.TasksOfAsync(lab.Id)).Where(t => t.ActivityId == "survey").ToList();
        Assert.Equal(1, after.Count(t => t.Status == LabTaskStatus.Completed));
        Assert.All(after.Where(t => t.Status != LabTaskStatus.Completed), t =>
        {
            Assert.Equal(LabTaskStatus.Closed, t.Status);
            var entry = Assert.Single(t.History, h => h.Kind == TaskHistoryKind.NotNeeded);
            Assert.Equal(("Not needed: the facilitator closed the step. Två är sjuka", LabTestHost.Facilitator.Id.ToString()), (entry.Note, entry.Actor));
        });
    }

    [Theory]
    [InlineData("""{ "role": "Participant", "each": true }""", "1.5", "$.activities[1].inputs.quorum: quorum must be a whole number of tasks such as 3, or a share between 0 and 1 such as 0.6 (found 1.5).")]
    [InlineData("""{ "role": "Participant", "each": true }""", "0", "$.activities[1].inputs.quorum: quorum must be a whole number of tasks such as 3, or a share between 0 and 1 such as 0.6 (found 0).")]
    [InlineData("""{ "role": "Coordinator" }""", "2", "$.activities[1].inputs.quorum: quorum applies only to a step with one task per participant; add \"each\": true to the assignee or remove the quorum.")]
    public async Task Load_ReportsTheQuorum_WhenItIsNotACountOrShareOrTheStepIsNotEach(string assignee, string quorum, string expected)
    {
        await using var host = new LabTestHost();
        var json = LabTestHost.Flow(
            $$"""{ "id": "survey", "type": "UserTask", "inputs": { "title": "Avstämning", "assignee": {{assignee}}, "quorum": {{quorum}} } }""",
            """[ { "from": "start", "to": "survey" } ]""");

        var result = host.Load(json);

        Assert.Contains(result.Errors, e => e.ToString().EndsWith(expected, StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<LabTask>> OpenAfterAsync(LabTestHost host, Lab lab) =>
        [.. (await host.TasksOfAsync(lab.Id)).Where(t => t.ActivityId == "after" && t.IsOpen)];
}
