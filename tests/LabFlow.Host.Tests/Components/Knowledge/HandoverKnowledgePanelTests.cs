using Bunit;
using LabFlow.Activities.Knowledge;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Components.Pages.Knowledge;
using LabFlow.Host.Tests.Components.Tasks;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Expressions;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Knowledge;

/// <summary>The handover step's task page: the lab's facilitator chooses drafts and publishes them to the bank after confirming.</summary>
public sealed class HandoverKnowledgePanelTests : TaskPageTestContext
{
    private const string Flow = """
        {
          "id": "handover-panel",
          "version": 1,
          "name": "Överlämning",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "notes", "type": "UserTask", "inputs": { "title": "Anteckningar", "assignee": { "role": "Facilitator" } } },
            { "id": "lineHandover", "type": "UserTask", "inputs": { "title": "Överlämning", "assignee": { "role": "Facilitator" }, "tags": ["decision", "handover"] } }
          ],
          "connections": [ { "from": "start", "to": "notes" }, { "from": "start", "to": "lineHandover" } ]
        }
        """;

    [Fact]
    public async Task Publish_PublishesOnlyTheChosenDraft_WhenTheFacilitatorConfirms()
    {
        // Arrange
        var labId = await LaunchAsync();
        var chosen = await DraftAsync(labId, "Utflykter", "Barnen ville ha fler utflykter.");
        var left = await DraftAsync(labId, "Lokaler", "Lokalerna var för små.");
        SignIn(Facilitator);
        var panel = Render<HandoverKnowledgePanel>(p => p.Add(c => c.LabId, labId).Add(c => c.ActivityId, "lineHandover").Add(c => c.Me, Facilitator.Id));

        // Act
        panel.Find($"#choose-{chosen.Id}").Change(true);
        panel.Find("#handover-confirm").Change(true);
        panel.Find("#handover-publish").Click();

        // Assert
        panel.WaitForAssertion(() => Assert.Equal("1 poster är publicerade i kunskapsbanken.", panel.Find("#handover-knowledge-notice").TextContent));
        var store = Services.GetRequiredService<IKnowledgeStore>();
        Assert.True((await store.FindAsync(chosen.Id, Token))!.IsPublished);
        Assert.False((await store.FindAsync(left.Id, Token))!.IsPublished);
        Assert.Single(panel.FindAll("#handover-drafts li"));
    }

    [Fact]
    public async Task Publish_ShowsTheConfirmationError_WhenTheFacilitatorDidNotConfirm()
    {
        // Arrange
        var labId = await LaunchAsync();
        var draft = await DraftAsync(labId, "Utflykter", "Barnen ville ha fler utflykter.");
        SignIn(Facilitator);
        var panel = Render<HandoverKnowledgePanel>(p => p.Add(c => c.LabId, labId).Add(c => c.ActivityId, "lineHandover").Add(c => c.Me, Facilitator.Id));

        // Act
        panel.Find($"#choose-{draft.Id}").Change(true);
        panel.Find("#handover-publish").Click();

        // Assert
        panel.WaitForAssertion(() => Assert.StartsWith("Bekräfta att posten inte innehåller personuppgifter", panel.Find("#handover-knowledge-refusal").TextContent, StringComparison.Ordinal));
        Assert.False((await Services.GetRequiredService<IKnowledgeStore>().FindAsync(draft.Id, Token))!.IsPublished);
    }

    [Fact]
    public async Task Render_OffersNothing_OnAnotherStepOrToSomeoneWhoDoesNotManageTheLab()
    {
        // Arrange
        var labId = await LaunchAsync();
        SignIn(Coordinator1);

        // Act
        var otherStep = Render<HandoverKnowledgePanel>(p => p.Add(c => c.LabId, labId).Add(c => c.ActivityId, "notes").Add(c => c.Me, Facilitator.Id));
        var coordinator = Render<HandoverKnowledgePanel>(p => p.Add(c => c.LabId, labId).Add(c => c.ActivityId, "lineHandover").Add(c => c.Me, Coordinator1.Id));

        // Assert
        Assert.Empty(otherStep.FindAll("#handover-knowledge"));
        Assert.Empty(coordinator.FindAll("#handover-knowledge"));
    }

    private async Task<Guid> LaunchAsync()
    {
        var definition = new WorkflowDefinitionLoader(Services.GetRequiredService<IActivityRegistry>(), Services.GetRequiredService<IExpressionEvaluator>()).Load("test", Flow).Definition!;
        await Services.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(definition, "test", null, Token);
        var lab = await Services.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest("handover-panel", "Jämlik förskola", School, "Hur kan vi …?", new DateOnly(2026, 6, 18), [new LabMember(Facilitator.Id, Role.Facilitator)]),
            Facilitator.Id,
            Token);
        return lab.Id;
    }

    private Task<KnowledgeEntry> DraftAsync(Guid labId, string title, string text) =>
        Services.GetRequiredService<KnowledgeService>().DraftAsync(labId, Facilitator.Id, new KnowledgeEntryInput(KnowledgeKind.Insight, title, text), Token);
}
