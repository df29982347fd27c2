using System.Text.Json.Nodes;
using LabFlow.Workflows.Bookmarks;
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

    [Theory]
    [InlineData(4, "First", "small")]
    [InlineData(4, "All", "small,even")]
    [InlineData(12, "First", "even")]
    [InlineData(13, "First", "Default")]
    public async Task StartAsync_TakesMatchingCases_WhenFlowHasSwitch(int n, string mode, string expectedOutcome)
    {
        await using var host = new WorkflowTestHost();
        var flow = """
            {
              "id": "switch",
              "name": "Switch",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "route", "type": "Switch", "inputs": {
                    "mode": "MODE",
                    "cases": [
                      { "name": "small", "condition": { "js": "inputs.n < 10" } },
                      { "name": "even", "condition": { "js": "inputs.n % 2 === 0" } }
                    ] } },
                { "id": "onSmall", "type": "SetVariable", "inputs": { "name": "small", "value": true } },
                { "id": "onEven", "type": "SetVariable", "inputs": { "name": "even", "value": true } },
                { "id": "onDefault", "type": "SetVariable", "inputs": { "name": "none", "value": true } }
              ],
              "connections": [
                { "from": "start", "to": "route" },
                { "from": "route", "outcome": "small", "to": "onSmall" },
                { "from": "route", "outcome": "even", "to": "onEven" },
                { "from": "route", "outcome": "Default", "to": "onDefault" }
              ]
            }
            """.Replace("MODE", mode, StringComparison.Ordinal);

        var result = await host.StartAsync(flow, new JsonObject { ["n"] = n });

        var instance = await host.InstanceAsync(result.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var journal = await host.JournalAsync(result.InstanceId);
        Assert.Equal(expectedOutcome, Assert.Single(journal, e => e is { Event: JournalEvent.ActivityCompleted, ActivityId: "route" }).Outcome);
        var set = new[] { "small", "even", "none" }.Where(v => instance.State.Variables[v] is not null);
        var expectedVariables = expectedOutcome.Split(',').Select(o => o == "Default" ? "none" : o);
        Assert.Equal(expectedVariables, set);
    }

    [Fact]
    public async Task StartAsync_FaultsWithReadableIncident_WhenDecisionConditionIsNotBoolean()
    {
        await using var host = new WorkflowTestHost();

        var result = await host.StartAsync("""
            {
              "id": "bad-decision",
              "name": "Bad decision",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "check", "type": "Decision", "inputs": { "condition": { "js": "'maybe'" } } }
              ],
              "connections": [ { "from": "start", "to": "check" } ]
            }
            """);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        var incident = Assert.Single(result.Incidents);
        Assert.Equal("check", incident.ActivityId);
        Assert.Equal("Decision 'check' needs its condition to give true or false, but it gave \"maybe\". Fix the condition.", incident.Message);
    }

    [Fact]
    public async Task StartAsync_RepeatsUntilConditionIsFalse_WhenFlowHasLoop()
    {
        await using var host = new WorkflowTestHost();

        var result = await host.StartAsync("""
            {
              "id": "loop",
              "name": "Loop",
              "variables": [ { "name": "counter", "type": "Number", "default": 0 } ],
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "inc", "type": "SetVariable", "inputs": { "name": "counter", "value": { "js": "vars.counter + 1" } } },
                { "id": "again", "type": "Decision", "inputs": { "condition": { "js": "vars.counter < 3" } } },
                { "id": "done", "type": "End" }
              ],
              "connections": [
                { "from": "start", "to": "inc" },
                { "from": "inc", "to": "again" },
                { "from": "again", "outcome": "True", "to": "inc" },
                { "from": "again", "outcome": "False", "to": "done" }
              ]
            }
            """);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Equal(3, (await host.VariableAsync(result.InstanceId, "counter"))!.GetValue<double>());
        var journal = await host.JournalAsync(result.InstanceId);
        Assert.Equal(3, journal.Count(e => e is { Event: JournalEvent.ActivityCompleted, ActivityId: "inc" }));
        Assert.Equal(JournalEvent.WorkflowFinished, journal[^1].Event);
        Assert.Equal("done", journal[^1].ActivityId);
    }

    [Fact]
    public async Task StartAsync_FaultsLoopBranchOnly_WhenLoopNeverEnds()
    {
        await using var host = new WorkflowTestHost();

        var result = await host.StartAsync("""
            {
              "id": "runaway",
              "name": "Runaway",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "inc", "type": "SetVariable", "inputs": { "name": "counter", "value": 1 } },
                { "id": "again", "type": "Decision", "inputs": { "condition": true } },
                { "id": "other", "type": "WaitForSignal", "inputs": { "signal": "other" } }
              ],
              "connections": [
                { "from": "start", "to": "other" },
                { "from": "start", "to": "inc" },
                { "from": "inc", "to": "again" },
                { "from": "again", "outcome": "True", "to": "inc" }
              ]
            }
            """);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        var incident = Assert.Single(result.Incidents);
        Assert.Equal(
            "The lab ran more than 10000 steps without waiting; a loop may never end. Check the loop's condition in activity 'again'.",
            incident.Message);
        var instance = await host.InstanceAsync(result.InstanceId);
        Assert.Contains(instance.State.Tokens, t => t is { ActivityId: "other", Status: TokenStatus.Waiting });
        Assert.Contains(instance.State.Tokens, t => t.Status == TokenStatus.Faulted && t.Id == incident.TokenId);
        await host.BookmarkAtAsync(result.InstanceId, "other");
    }

    [Fact]
    public async Task StartAsync_UsesConfiguredLimit_WhenMaxActivitiesPerBurstIsSet()
    {
        await using var host = new WorkflowTestHost(new WorkflowRunnerOptions { MaxActivitiesPerBurst = 25 });

        var result = await host.StartAsync("""
            {
              "id": "runaway",
              "name": "Runaway",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "spin", "type": "SetVariable", "inputs": { "name": "x", "value": 1 } }
              ],
              "connections": [ { "from": "start", "to": "spin" }, { "from": "spin", "to": "spin" } ]
            }
            """);

        Assert.Equal(
            "The lab ran more than 25 steps without waiting; a loop may never end. Check the loop's condition in activity 'spin'.",
            Assert.Single(result.Incidents).Message);
        Assert.Equal(24, (await host.JournalAsync(result.InstanceId)).Count(e => e is { Event: JournalEvent.ActivityCompleted, ActivityId: "spin" }));
    }

    [Fact]
    public async Task StartAsync_ListsActivePhasesInDeclaredOrder_WhenBranchesWaitInSeveralPhases()
    {
        await using var host = new WorkflowTestHost();
        var result = await host.StartAsync("""
            {
              "id": "phases",
              "name": "Phases",
              "phases": [
                { "id": "explore", "name": "Utforska" },
                { "id": "ideate", "name": "Idéera" },
                { "id": "evaluate", "name": "Utvärdera" }
              ],
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "ideas", "type": "WaitForSignal", "phase": "ideate", "inputs": { "signal": "ideas" } },
                { "id": "interviews", "type": "WaitForSignal", "phase": "explore", "inputs": { "signal": "interviews" } },
                { "id": "review", "type": "WaitForSignal", "phase": "evaluate", "inputs": { "signal": "review" } }
              ],
              "connections": [
                { "from": "start", "to": "ideas" },
                { "from": "start", "to": "interviews" },
                { "from": "ideas", "to": "review" }
              ]
            }
            """);

        Assert.Equal(["explore", "ideate"], (await host.InstanceAsync(result.InstanceId)).ActivePhases);

        await host.Runtime.SignalAsync("ideas", null, new ResumePayload(null, "anna"), host.Token);

        Assert.Equal(["explore", "evaluate"], (await host.InstanceAsync(result.InstanceId)).ActivePhases);
    }
}
