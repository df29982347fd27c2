using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Tests.Labs;

/// <summary>Cancel, retry and add person check who may and what is asked inside the service, whichever door calls.</summary>
public sealed class LabServiceCommandTests
{
    private static readonly string WaitingFlow = LabTestHost.Flow(
        """{ "id": "wait", "type": "UserTask", "inputs": { "title": "Vänta", "assignee": { "role": "Coordinator" } } }""",
        """[ { "from": "start", "to": "wait" } ]""");

    private static readonly string FaultyFlow = LabTestHost.Flow(
        """{ "id": "broken", "type": "SetVariable", "inputs": { "name": "x", "value": { "js": "null.boom" } } }""",
        """[ { "from": "start", "to": "broken" } ]""",
        variables: """[ { "name": "x", "type": "Number", "default": 0 } ]""");

    private static IReadOnlyList<LabMember> People => [new(LabTestHost.Facilitator.Id, Role.Facilitator), new(LabTestHost.Coordinator1.Id, Role.Coordinator)];

    [Fact]
    public async Task CancelAsync_CancelsTheFlowWithTheTrimmedReason_WhenAFacilitatorCancels()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(WaitingFlow, People);

        var result = await host.Labs.CancelAsync(lab.Id, "  Ingen tid i år  ", LabTestHost.Facilitator.Id, host.Token);

        Assert.Equal(WorkflowStatus.Cancelled, result.Status);
        Assert.Equal(WorkflowStatus.Cancelled, (await host.InstanceAsync(lab.Id)).Status);
    }

    [Fact]
    public async Task CancelAsync_IsRefusedAndLeavesTheLabRunning_WhenCallerCannotManageOrTheReasonIsMissing()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(WaitingFlow, People);

        var coordinator = await Assert.ThrowsAsync<LabDomainException>(() => host.Labs.CancelAsync(lab.Id, "Jag vill", LabTestHost.Coordinator1.Id, host.Token));
        var noReason = await Assert.ThrowsAsync<LabDomainException>(() => host.Labs.CancelAsync(lab.Id, "   ", LabTestHost.Facilitator.Id, host.Token));

        Assert.Equal(LabErrors.Forbidden, coordinator.Code);
        Assert.Equal("lab.manage_forbidden", coordinator.Text.Code);
        Assert.Equal(LabErrors.Invalid, noReason.Code);
        Assert.Equal(["reason"], noReason.Fields!.Keys);
        Assert.Equal(WorkflowStatus.Suspended, (await host.InstanceAsync(lab.Id)).Status);
    }

    [Fact]
    public async Task RetryFailedStepAsync_IsRefusedAndKeepsTheIncident_WhenCallerCannotManage()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(FaultyFlow, People);
        var incident = Assert.Single((await host.InstanceAsync(lab.Id)).State.Incidents);

        var refused = await Assert.ThrowsAsync<LabDomainException>(() => host.Labs.RetryFailedStepAsync(lab.Id, incident.Id, LabTestHost.Coordinator1.Id, host.Token));

        Assert.Equal(LabErrors.Forbidden, refused.Code);
        Assert.Equal(incident.Id, Assert.Single((await host.InstanceAsync(lab.Id)).State.Incidents).Id);
    }

    [Fact]
    public async Task AddPersonAsync_NamesThePersonField_WhenThePersonIsNotInTheDirectory()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(WaitingFlow, People);
        var stranger = Guid.NewGuid();

        var refused = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Labs.AddPersonAsync(lab.Id, new LabMember(stranger, Role.Participant), LabTestHost.Facilitator.Id, host.Token));

        Assert.Equal(LabErrors.Invalid, refused.Code);
        Assert.Equal("lab.member_unknown", Assert.Single(refused.Fields!["personId"]).Code);
        Assert.DoesNotContain((await host.Labs.GetAsync(lab.Id, LabTestHost.Facilitator.Id, host.Token)).People, p => p.PersonId == stranger);
    }

    [Fact]
    public async Task AddPersonAsync_IsRefused_WhenCallerCannotManage()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(WaitingFlow, People);

        var refused = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Labs.AddPersonAsync(lab.Id, new LabMember(LabTestHost.Sponsor.Id, Role.Sponsor), LabTestHost.Coordinator1.Id, host.Token));

        Assert.Equal(LabErrors.Forbidden, refused.Code);
    }
}
