using LabFlow.Activities.Organisation;
using LabFlow.Host.Infrastructure.TestRuns;
using LabFlow.Host.Tests.Components.Flows;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;

namespace LabFlow.Host.Tests.Infrastructure.TestRuns;

/// <summary>The designer's test run: the real engine and lab domain in memory, stepped by the designer.</summary>
public sealed class DraftTestRunTests
{
    private static readonly DateOnly Monday = new(2026, 6, 1);

    private const string Flow = """
        {
          "id": "test-run-flow",
          "version": 1,
          "name": "Testflöde",
          "phases": [ { "id": "explore", "name": "Utforska" } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "survey", "type": "UserTask", "phase": "explore",
              "inputs": {
                "title": "Kartlägg läget",
                "assignee": { "role": "Coordinator" },
                "due": { "daysAfterStart": 7 },
                "form": [
                  { "key": "summary", "type": "Text", "label": "Sammanfattning", "required": true },
                  { "key": "level", "type": "Choice", "label": "Nivå", "required": true, "options": [ { "value": "low", "label": "Låg" }, { "value": "high", "label": "Hög" } ] },
                  { "key": "when", "type": "Date", "label": "Datum", "required": true },
                  { "key": "score", "type": "Rating", "label": "Betyg", "required": true }
                ],
                "actions": [ { "name": "approve", "label": "Godkänn" }, { "name": "sendBack", "label": "Skicka tillbaka" } ]
              } },
            { "id": "wait", "type": "Delay", "inputs": { "duration": "P3D" } },
            { "id": "end", "type": "End" }
          ],
          "connections": [
            { "from": "start", "to": "survey" },
            { "from": "survey", "outcome": "approve", "to": "wait" },
            { "from": "survey", "outcome": "sendBack", "to": "survey" },
            { "from": "wait", "to": "end" }
          ]
        }
        """;

    private static CancellationToken Token => CancellationToken.None;

    [Fact]
    public async Task StartAsync_CreatesTheTaskForItsRoleAndHighlightsIt_WhenTheDraftStarts()
    {
        await using var run = await DraftTestRun.StartAsync(Load(), Monday, Token);

        var state = await run.ReadAsync(Token);

        var task = Assert.Single(state.OpenTasks);
        Assert.Equal(("survey", Role.Coordinator, 4), (task.ActivityId, task.Role, task.FieldCount));
        Assert.Equal(new[] { "approve", "sendBack" }, task.Actions.Select(a => a.Name));
        Assert.NotNull(task.Due);
        Assert.Equal(WorkflowStatus.Suspended, state.Status);
        Assert.Contains("survey", state.ActiveActivityIds);
        Assert.Contains(state.Steps, s => s.Event == JournalEvent.ActivityCompleted && s.ActivityId == "start");
    }

    [Fact]
    public async Task CompleteAsync_GoesOnAlongTheChosenOutcomeWithSampleAnswers_WhenTheTaskIsCompleted()
    {
        await using var run = await DraftTestRun.StartAsync(Load(), Monday, Token);
        var task = Assert.Single((await run.ReadAsync(Token)).OpenTasks);

        var done = await run.CompleteAsync(task.Id, "approve", Token);

        var state = await run.ReadAsync(Token);
        Assert.Empty(done.Problems);
        Assert.Equal(DraftTestStep.Completed, done.Step);
        Assert.Empty(state.OpenTasks);
        var wait = Assert.Single(state.Waits);
        Assert.Equal(("wait", true), (wait.ActivityId, wait.IsTimer));
        Assert.Contains(state.Steps, s => s.Event == JournalEvent.ActivityCompleted && s.ActivityId == "survey" && s.Outcome == "approve");
    }

    [Fact]
    public async Task FireTimerAsync_MovesTheClockAndFinishesTheLab_WhenTheLastTimerFires()
    {
        await using var run = await DraftTestRun.StartAsync(Load(), Monday, Token);
        var task = Assert.Single((await run.ReadAsync(Token)).OpenTasks);
        await run.CompleteAsync(task.Id, "approve", Token);
        var wait = Assert.Single((await run.ReadAsync(Token)).Waits);

        await run.FireTimerAsync(wait.BookmarkId, Token);

        var state = await run.ReadAsync(Token);
        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Equal(wait.DueAt, state.Now);
        Assert.Empty(state.ActiveActivityIds);
    }

    [Fact]
    public async Task CompleteAsync_SendsTheStepBack_WhenTheOtherOutcomeIsChosen()
    {
        await using var run = await DraftTestRun.StartAsync(Load(), Monday, Token);
        var first = Assert.Single((await run.ReadAsync(Token)).OpenTasks);

        await run.CompleteAsync(first.Id, "sendBack", Token);

        var again = Assert.Single((await run.ReadAsync(Token)).OpenTasks);
        Assert.NotEqual(first.Id, again.Id);
        Assert.Equal("survey", again.ActivityId);
    }

    private static WorkflowDefinition Load()
    {
        var result = ShippedFlows.Loader.Load("test-run-flow.json", Flow);
        return result.Definition ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    }
}
