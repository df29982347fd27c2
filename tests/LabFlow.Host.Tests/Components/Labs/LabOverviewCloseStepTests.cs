using Bunit;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Labs;

/// <summary>
/// A facilitator closes a step with one task per participant from the lab page before everyone is done: the page
/// calls <see cref="EachStepClosing"/>, which decides; its refusals show in the catalogue's words.
/// </summary>
public sealed class LabOverviewCloseStepTests : LabPageTestContext
{
    private const string Flow = """
        {
          "id": "each-step",
          "version": 1,
          "name": "Each step",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "reflect", "type": "UserTask", "inputs": { "title": "Reflektion", "assignee": { "role": "Participant", "each": true } } },
            { "id": "summary", "type": "UserTask", "inputs": { "title": "Sammanfattning", "assignee": { "role": "Facilitator" } } }
          ],
          "connections": [ { "from": "start", "to": "reflect" }, { "from": "reflect", "to": "summary" } ]
        }
        """;

    [Fact]
    public async Task CloseStep_GoesOnWithTheAnswersGiven_WhenTheFacilitatorClosesTheStepBeforeEveryoneIsDone()
    {
        // Arrange
        var (lab, done, open) = await LaunchWithOneOfTwoDoneAsync();
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        Assert.Equal("Reflektion: 1 av 2 klara", page.Find(".each-steps li").FirstChild!.TextContent.Trim());

        // Act
        page.Find($"#close-step-{open.Id:N}").Click();
        page.Find("#close-step-reason").Change("Kim är sjukskriven");
        page.Find("#panel").Submit();

        // Assert
        Assert.Equal("Steget ”Reflektion” är stängt och går vidare.", page.Find("#lab-notice").TextContent);
        Assert.Empty(page.FindAll(".each-steps"));
        var tasks = await TasksAsync(lab.Id);
        Assert.Equal(LabTaskStatus.Completed, tasks.Single(t => t.Id == done.Id).Status);
        Assert.Equal(LabTaskStatus.Closed, tasks.Single(t => t.Id == open.Id).Status);
        Assert.Contains(tasks, t => t.ActivityId == "summary" && t.IsOpen);
    }

    [Fact]
    public async Task CloseStep_ShowsTheServicesRefusal_WhenTheStepWentOnBeforeTheFacilitatorConfirmed()
    {
        // Arrange
        var (lab, _, open) = await LaunchWithOneOfTwoDoneAsync();
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        page.Find($"#close-step-{open.Id:N}").Click();
        await Services.GetRequiredService<TaskService>().CompleteAsync(open.Id, Coordinator.Id, null, null, Token);

        // Act
        page.Find("#panel").Submit();

        // Assert
        Assert.Equal($"Uppgift {open.Id} är inte längre öppen; steget har redan gått vidare.", page.Find("#lab-notice").TextContent);
        Assert.Equal("alert", page.Find("#lab-notice").GetAttribute("role"));
        Assert.Empty(page.FindAll(".each-steps"));
    }

    [Fact]
    public async Task CloseStep_IsNotOffered_WhenAParticipantOfTheLabOpensIt()
    {
        // Arrange
        var (lab, _, open) = await LaunchWithOneOfTwoDoneAsync();

        // Act
        var page = RenderOverview(Coordinator, Role.Participant, lab.Id);

        // Assert
        Assert.Empty(page.FindAll($"#close-step-{open.Id:N}"));
    }

    /// <summary>A lab of the flow above with two participants, one of whom has done their task.</summary>
    private async Task<(Lab Lab, LabTask Done, LabTask Open)> LaunchWithOneOfTwoDoneAsync()
    {
        var definition = Services.GetRequiredService<WorkflowDefinitionLoader>().Load("test", Flow).Definition!;
        await Services.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(definition, "test", null, Token);
        var lab = await Services.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest(
                "each-step",
                "Reflektionslabb",
                School,
                "Hur har det gått?",
                StartDate,
                [new LabMember(Facilitator.Id, Role.Facilitator), new LabMember(Participant.Id, Role.Participant), new LabMember(Coordinator.Id, Role.Participant)]),
            Facilitator.Id,
            Token);
        var reflect = (await TasksAsync(lab.Id)).Where(t => t.ActivityId == "reflect").ToList();
        var done = reflect.Single(t => t.AssigneeId == Participant.Id);
        await Services.GetRequiredService<TaskService>().CompleteAsync(done.Id, Participant.Id, null, null, Token);
        return (lab, done, reflect.Single(t => t.AssigneeId == Coordinator.Id));
    }
}
