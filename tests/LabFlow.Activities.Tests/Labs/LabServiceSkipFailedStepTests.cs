using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;

namespace LabFlow.Activities.Tests.Labs;

public sealed class LabServiceSkipFailedStepTests
{
    private static readonly string FaultyFlow = LabTestHost.Flow(
        """
        { "id": "broken", "type": "SetVariable", "inputs": { "name": "x", "value": { "js": "null.boom" } } },
        { "id": "after", "type": "SetVariable", "inputs": { "name": "x", "value": 2 } }
        """,
        """[ { "from": "start", "to": "broken" }, { "from": "broken", "to": "after" } ]""",
        variables: """[ { "name": "x", "type": "Number", "default": 0 } ]""");

    [Fact]
    public async Task SkipFailedStepAsync_FinishesLabAndJournalsActorAndTrimmedReason_WhenAFacilitatorSkips()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(FaultyFlow);
        var incident = Assert.Single((await host.InstanceAsync(lab.Id)).State.Incidents);

        var result = await host.Labs.SkipFailedStepAsync(lab.Id, new SkipFailedStepRequest(incident.Id, "  Behövs inte  "), LabTestHost.Facilitator.Id, host.Token);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(2, (await host.InstanceAsync(lab.Id)).State.Variables["x"]!.GetValue<double>());
        var skip = Assert.Single(await host.JournalAsync(lab.Id), e => e.Event == JournalEvent.ActivitySkipped);
        Assert.Equal((LabTestHost.Facilitator.Id.ToString(), "Behövs inte"), (skip.Actor, skip.Message));
    }

    [Fact]
    public async Task SkipFailedStepAsync_IsRefusedAndKeepsIncident_WhenCallerCannotManageOrReasonIsMissingOrTooLong()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(FaultyFlow, [new LabMember(LabTestHost.Facilitator.Id, Role.Facilitator), new LabMember(LabTestHost.Coordinator1.Id, Role.Coordinator)]);
        var incident = Assert.Single((await host.InstanceAsync(lab.Id)).State.Incidents);

        var coordinator = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Labs.SkipFailedStepAsync(lab.Id, new SkipFailedStepRequest(incident.Id, "Jag vill"), LabTestHost.Coordinator1.Id, host.Token));
        var empty = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Labs.SkipFailedStepAsync(lab.Id, new SkipFailedStepRequest(incident.Id, "   "), LabTestHost.Facilitator.Id, host.Token));
        var tooLong = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Labs.SkipFailedStepAsync(lab.Id, new SkipFailedStepRequest(incident.Id, new string('x', LabLimits.ReasonLength + 1)), LabTestHost.Facilitator.Id, host.Token));

        Assert.Equal((LabErrors.Forbidden, $"Only a facilitator of lab {lab.Id} or an administrator can skip its failed steps."), (coordinator.Code, coordinator.Message));
        Assert.Equal([LabErrors.Invalid, LabErrors.Invalid], [empty.Code, tooLong.Code]);
        Assert.Equal(["Give the reason for skipping the step."], empty.FieldErrors!["reason"]);
        Assert.Equal(["Shorten the reason for skipping the step to at most 1000 characters (it has 1001)."], tooLong.FieldErrors!["reason"]);
        Assert.Equal(incident.Id, Assert.Single((await host.InstanceAsync(lab.Id)).State.Incidents).Id);
    }
}
