using System.Text.Json.Nodes;
using Bunit;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Tasks;

/// <summary>The task page shows the fields that start from earlier answers filled, and the person may change them.</summary>
public sealed class TaskPagePrefillTests : TaskPageTestContext
{
    private const string PrioritiseForm = """
        [
          { "key": "ideas", "type": "Group", "label": { "sv": "Prioriterade idéer", "en": "Prioritised ideas" },
            "initial": { "js": "tasks.dotVote.ranking.map(function (row) { return { idea: row.idea.title, votes: row.votes }; })" },
            "fields": [
              { "key": "idea", "type": "Text", "label": { "sv": "Idé", "en": "Idea" }, "required": true },
              { "key": "votes", "type": "Number", "label": { "sv": "Röster", "en": "Votes" } } ] },
          { "key": "sickLeave", "type": "Number", "label": { "sv": "Sjukfrånvaro", "en": "Sick leave" }, "initial": "tasks.baseline.sickLeave" }
        ]
        """;

    [Fact]
    public async Task Render_ShowsTheValuesFromEarlierSteps_WhenTheFormStartsFromThem()
    {
        await AddLabInstanceAsync();
        var task = await AddTaskAsync(PrioritiseForm);

        var page = RenderAs(Coordinator1, task.Id);

        Assert.Equal("Mentorskap", page.Find("#field-ideas-0--idea").GetAttribute("value"));
        Assert.Equal("5", page.Find("#field-ideas-0--votes").GetAttribute("value"));
        Assert.Equal("Flexibla tider", page.Find("#field-ideas-1--idea").GetAttribute("value"));
        Assert.Equal("2", page.Find("#field-ideas-1--votes").GetAttribute("value"));
        Assert.Equal("6,5", page.Find("#field-sickLeave").GetAttribute("value"));
    }

    [Fact]
    public async Task Complete_SavesThePersonsChange_WhenAPrefilledValueIsEdited()
    {
        await AddLabInstanceAsync();
        var task = await AddTaskAsync(PrioritiseForm);
        var page = RenderAs(Coordinator1, task.Id);

        page.Find("#field-ideas-0--votes").Change("7");
        page.Find("#action-done").Click();

        var completed = await TaskStore.FindAsync(task.Id, Token);
        Assert.Equal(7, completed!.Answers!["ideas"]![0]!["votes"]!.GetValue<decimal>());
        Assert.Equal("Flexibla tider", completed.Answers!["ideas"]![1]!["idea"]!.GetValue<string>());
        Assert.Equal(6.5m, completed.Answers!["sickLeave"]!.GetValue<decimal>());
    }

    /// <summary>The lab's instance with a closed vote and a completed baseline, as a run would leave them.</summary>
    private async Task AddLabInstanceAsync()
    {
        var now = Time.GetUtcNow();
        var outputs = JsonNode.Parse("""
            {
              "dotVote": { "ranking": [
                { "idea": { "title": "Mentorskap", "description": "…" }, "ideaId": "a", "votes": 5 },
                { "idea": { "title": "Flexibla tider", "description": "…" }, "ideaId": "b", "votes": 2 } ] },
              "baseline": { "sickLeave": 6.5 }
            }
            """)!.AsObject();
        var instance = new WorkflowInstance
        {
            Id = Lab.Id,
            DefinitionId = Lab.DefinitionId,
            DefinitionVersion = 1,
            Status = WorkflowStatus.Running,
            CreatedAt = now,
            UpdatedAt = now,
            State = new WorkflowState { Outputs = outputs },
        };
        await Services.GetRequiredService<IWorkflowCommitStore>().CommitAsync(new WorkflowCommit(instance, null, [], [], [], []), Token);
    }
}
