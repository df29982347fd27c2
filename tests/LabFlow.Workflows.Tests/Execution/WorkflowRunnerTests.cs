using System.Text.Json.Nodes;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Tests.Execution.TestSupport;

namespace LabFlow.Workflows.Tests.Execution;

public sealed class WorkflowRunnerTests
{
    private const string LinearFlow = """
        {
          "id": "linear",
          "name": "Linear",
          "inputs": [ { "name": "name", "type": "String", "required": true } ],
          "variables": [ { "name": "n", "type": "Number", "default": 1 } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "greet", "type": "SetVariable", "inputs": { "name": "greeting", "value": { "liquid": "Hej {{ inputs.name }}" } } },
            { "id": "count", "type": "SetVariable", "inputs": { "name": "n", "value": { "js": "vars.n + 1" } } }
          ],
          "connections": [
            { "from": "start", "to": "greet" },
            { "from": "greet", "to": "count" }
          ]
        }
        """;

    [Fact]
    public async Task StartAsync_FinishesLab_WhenFlowIsLinear()
    {
        await using var host = new WorkflowTestHost();

        var result = await host.StartAsync(LinearFlow, new JsonObject { ["name"] = "Anna" });

        var instance = await host.InstanceAsync(result.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(WorkflowTestHost.StartTime, instance.FinishedAt);
        Assert.Equal("Hej Anna", instance.State.Variables["greeting"]!.GetValue<string>());
        Assert.Equal(2, instance.State.Variables["n"]!.GetValue<double>());
        Assert.Empty(instance.State.Tokens);
        Assert.Equal(1, instance.ConcurrencyToken);
    }

    [Fact]
    public async Task StartAsync_JournalsEveryStepInOrder_WhenFlowIsLinear()
    {
        await using var host = new WorkflowTestHost();

        var result = await host.StartAsync(LinearFlow, new JsonObject { ["name"] = "Anna" });

        var journal = await host.JournalAsync(result.InstanceId);
        Assert.Equal(
            [
                (JournalEvent.WorkflowStarted, null, null),
                (JournalEvent.ActivityStarted, "start", null),
                (JournalEvent.ActivityCompleted, "start", "Done"),
                (JournalEvent.ActivityStarted, "greet", null),
                (JournalEvent.VariableSet, "greet", null),
                (JournalEvent.ActivityCompleted, "greet", "Done"),
                (JournalEvent.ActivityStarted, "count", null),
                (JournalEvent.VariableSet, "count", null),
                (JournalEvent.ActivityCompleted, "count", "Done"),
                (JournalEvent.WorkflowFinished, null, null),
            ],
            journal.Select(e => (e.Event, e.ActivityId, e.Outcome)).ToList());
        Assert.Equal(Enumerable.Range(1, journal.Count).Select(i => (long)i), journal.Select(e => e.Sequence));
        Assert.All(journal, e => Assert.Equal("facilitator", e.Actor));
        Assert.All(journal, e => Assert.Equal(WorkflowTestHost.StartTime, e.Timestamp));
        Assert.Equal("greeting", journal[4].Message);
        Assert.Equal("Hej Anna", journal[4].Data!["value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(20, "yes")]
    [InlineData(5, "no")]
    public async Task StartAsync_TakesOutcomeOfCondition_WhenFlowHasDecision(int amount, string expectedPath)
    {
        await using var host = new WorkflowTestHost();

        var result = await host.StartAsync(
            """
            {
              "id": "decision",
              "name": "Decision",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "big", "type": "Decision", "inputs": { "condition": { "js": "inputs.amount > 10" } } },
                { "id": "yes", "type": "SetVariable", "inputs": { "name": "path", "value": "yes" } },
                { "id": "no", "type": "SetVariable", "inputs": { "name": "path", "value": "no" } }
              ],
              "connections": [
                { "from": "start", "to": "big" },
                { "from": "big", "outcome": "True", "to": "yes" },
                { "from": "big", "outcome": "False", "to": "no" }
              ]
            }
            """,
            new JsonObject { ["amount"] = amount });

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(expectedPath, (await host.VariableAsync(result.InstanceId, "path"))!.GetValue<string>());
        var journal = await host.JournalAsync(result.InstanceId);
        Assert.Contains(journal, e => e is { Event: JournalEvent.ActivityCompleted, ActivityId: "big" } && e.Outcome == (expectedPath == "yes" ? "True" : "False"));
    }
}
