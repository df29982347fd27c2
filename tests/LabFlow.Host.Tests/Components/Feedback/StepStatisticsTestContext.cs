using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Tests.Components.Tasks;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Expressions;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Feedback;

/// <summary>
/// The set-up the statistics table and the canvas overlay share: a designer, and a one-step flow (an interview due
/// four days after the start) with one lab launched on Thursday 18 June whose single task the test then completes.
/// </summary>
public abstract class StepStatisticsTestContext : TaskPageTestContext
{
    /// <summary>Adds <paramref name="designer"/> as a designer of the school administration.</summary>
    protected void AddDesigner(Person designer)
    {
        var directory = Services.GetRequiredService<InMemoryDirectory>();
        directory.AddPerson(designer);
        directory.AddMembership(new Membership(designer.Id, School, Role.Designer));
    }

    /// <summary>Publishes the one-step flow as <paramref name="flowId"/>, launches a lab of it and returns its interview task.</summary>
    protected async Task<LabTask> LaunchOneStepLabAsync(string flowId)
    {
        var flow = $$"""
            {
              "id": "{{flowId}}",
              "version": 1,
              "name": "{{flowId}}",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "interview", "type": "UserTask", "inputs": { "title": { "sv": "Intervjua medarbetare", "en": "Interview staff" }, "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": 4 } } }
              ],
              "connections": [ { "from": "start", "to": "interview" } ]
            }
            """;
        var definition = new WorkflowDefinitionLoader(Services.GetRequiredService<IActivityRegistry>(), Services.GetRequiredService<IExpressionEvaluator>()).Load("test", flow).Definition!;
        await Services.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(definition, "test", null, Token);
        var lab = await Services.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest(flowId, "Jämlik rekrytering", School, "Hur kan vi …?", new DateOnly(2026, 6, 18), [new LabMember(Facilitator.Id, Role.Facilitator)]),
            Facilitator.Id,
            Token);
        return Assert.Single(await TaskStore.ListByLabAsync(lab.Id, Token));
    }
}
