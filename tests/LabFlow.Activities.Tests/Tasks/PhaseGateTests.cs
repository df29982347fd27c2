using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Tests.Tasks;

public sealed class PhaseGateTests
{
    private static readonly string GateFlow = LabTestHost.Flow(
        """
        { "id": "work", "type": "UserTask", "phase": "explore", "inputs": { "title": "Utforska", "assignee": { "role": "Facilitator" } } },
        { "id": "gate", "type": "PhaseGate", "phase": "explore", "inputs": { "title": "Klart att gå vidare?" } },
        { "id": "ideas", "type": "UserTask", "phase": "ideate", "inputs": { "title": "Idéer", "assignee": { "role": "Facilitator" } } }
        """,
        """
        [ { "from": "start", "to": "work" }, { "from": "work", "to": "gate" },
          { "from": "gate", "outcome": "Approve", "to": "ideas" }, { "from": "gate", "outcome": "SendBack", "to": "work" } ]
        """,
        phases: """[ { "id": "explore", "name": "Utforska" }, { "id": "ideate", "name": "Idéera" }, { "id": "evaluate", "name": "Utvärdera" } ]""");

    [Fact]
    public async Task Approve_GoesToNextPhase_AndProgressShowsDoneActiveAhead()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(GateFlow);
        await CompleteAsync(host, lab, "work", LabTestHost.Facilitator.Id, null);
        var gate = await host.OpenTaskAsync(lab.Id, "gate");

        var result = await host.Tasks.CompleteAsync(gate.Id, LabTestHost.Sponsor.Id, "Approve", null, host.Token);

        Assert.Equal(LabTestHost.Sponsor.Id, gate.AssigneeId);
        Assert.Equal(["Approve", "SendBack"], gate.Actions.Select(a => a.Name));
        Assert.Equal("Approve", result.Task.Outcome);
        Assert.NotNull(await host.OpenTaskAsync(lab.Id, "ideas"));
        var progress = await host.Labs.GetProgressAsync(lab.Id, LabTestHost.Facilitator.Id, host.Token);
        Assert.Equal(
            [("explore", PhaseState.Done), ("ideate", PhaseState.Active), ("evaluate", PhaseState.Ahead)],
            progress.Select(p => (p.PhaseId, p.State)));
    }

    [Fact]
    public async Task SendBack_ReturnsToTheWork_WithANewTask()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(GateFlow);
        await CompleteAsync(host, lab, "work", LabTestHost.Facilitator.Id, null);

        await CompleteAsync(host, lab, "gate", LabTestHost.Sponsor.Id, "SendBack");

        var tasks = await host.TasksOfAsync(lab.Id);
        Assert.Equal(2, tasks.Count(t => t.ActivityId == "work"));
        Assert.Single(tasks, t => t.ActivityId == "work" && t.IsOpen);
        Assert.Equal("SendBack", Assert.Single(tasks, t => t.ActivityId == "gate").Outcome);
        Assert.Equal(["explore"], (await host.InstanceAsync(lab.Id)).ActivePhases);
    }

    [Fact]
    public async Task Complete_RefusesUnknownAction_AndKeepsGateOpen()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(GateFlow);
        await CompleteAsync(host, lab, "work", LabTestHost.Facilitator.Id, null);
        var gate = await host.OpenTaskAsync(lab.Id, "gate");

        var refused = await Assert.ThrowsAsync<LabDomainException>(() => host.Tasks.CompleteAsync(gate.Id, LabTestHost.Sponsor.Id, "Maybe", null, host.Token));

        Assert.Equal("Task 'Klart att gå vidare?' has no action 'Maybe'; choose one of Approve, SendBack.", refused.Message);
        Assert.Equal(WorkflowStatus.Suspended, (await host.InstanceAsync(lab.Id)).Status);
    }

    private static async Task CompleteAsync(LabTestHost host, Lab lab, string activityId, Guid actor, string? outcome)
    {
        var task = await host.OpenTaskAsync(lab.Id, activityId);
        var result = await host.Tasks.CompleteAsync(task.Id, actor, outcome, null, host.Token);
        Assert.Equal(TaskCompletionStatus.Completed, result.Status);
    }
}
