using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Tests.Labs;

/// <summary>A launch is one commit: the lab row is an effect of its flow's start burst (in-memory stores).</summary>
public sealed class LabLaunchTests
{
    private const string FirstStepForCoordinator = """
        { "id": "report", "type": "UserTask", "inputs": { "title": "Rapportera", "assignee": { "role": "Coordinator" } } }
        """;

    [Fact]
    public async Task LaunchAsync_CommitsTheLabRowWithTheStartBurst_AsItsFirstEffect()
    {
        await using var host = new LabTestHost();

        var lab = await host.LaunchAsync(LabTestHost.Flow(FirstStepForCoordinator, """[ { "from": "start", "to": "report" } ]"""));

        var launched = Assert.IsType<LabLaunched>(host.Effects.Effects[0]);
        Assert.Equal(lab with { Version = 0 }, launched.Lab);
        Assert.Equal(1, lab.Version);
        Assert.Equal(lab, await host.Get<ILabStore>().FindAsync(lab.Id, host.Token));
        Assert.Equal(WorkflowStatus.Suspended, (await host.InstanceAsync(lab.Id)).Status);
    }

    [Fact]
    public async Task LaunchAsync_ResolvesTheFirstStepsRoleAmongTheLabsOwnPeople_BeforeTheLabRowIsStored()
    {
        await using var host = new LabTestHost();

        // The administration has two coordinators; the lab's own one is found only if the start burst sees the lab.
        var lab = await host.LaunchAsync(
            LabTestHost.Flow(FirstStepForCoordinator, """[ { "from": "start", "to": "report" } ]"""),
            [new LabMember(LabTestHost.Facilitator.Id, Role.Facilitator), new LabMember(LabTestHost.Coordinator2.Id, Role.Coordinator)]);

        var task = await host.OpenTaskAsync(lab.Id, "report");
        Assert.Equal(LabTestHost.Coordinator2.Id, task.AssigneeId);
    }

    [Fact]
    public async Task LaunchAsync_StoresNeitherLabNorInstance_WhenTheFlowRefusesToStart()
    {
        await using var host = new LabTestHost();
        var flow = LabTestHost.Flow(FirstStepForCoordinator, """[ { "from": "start", "to": "report" } ]""")
            .Replace("\"phases\": []", "\"phases\": [], \"inputs\": [ { \"name\": \"budget\", \"type\": \"Number\", \"required\": true } ]", StringComparison.Ordinal);

        var exception = await Assert.ThrowsAsync<WorkflowException>(() => host.LaunchAsync(flow));

        Assert.Equal("missing_inputs", exception.Code);
        Assert.Empty(await host.Get<ILabStore>().ListAsync(null, host.Token));
        Assert.Empty(await host.Get<IWorkflowInstanceStore>().ListAsync(new WorkflowInstanceQuery(), host.Token));
        Assert.Empty(host.Effects.Effects);
    }
}
