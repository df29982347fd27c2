using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Tests.Execution.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Workflows.Tests.Flowchart;

public sealed class CoreHandlerTests
{
    [Theory]
    [InlineData("{ \"duration\": \"three days\" }", "Delay 'wait' has duration \"three days\", which is not an ISO 8601 duration such as P3D, PT2H or P3M. Fix the duration.")]
    [InlineData("{ \"until\": \"next friday\" }", "Delay 'wait' has until \"next friday\", which is not an ISO 8601 date and time such as 2026-03-01T08:00:00+01:00. Fix the date.")]
    [InlineData("{ }", "Delay 'wait' needs either 'duration' (ISO 8601, such as P3D) or 'until' (an ISO 8601 date and time).")]
    public async Task Delay_FaultsWithReadableMessage_WhenInputIsWrong(string inputs, string expected)
    {
        await using var host = new WorkflowTestHost();

        var result = await host.StartAsync($$"""
            {
              "id": "bad-delay",
              "name": "Bad delay",
              "activities": [ { "id": "start", "type": "Start" }, { "id": "wait", "type": "Delay", "inputs": {{inputs}} } ],
              "connections": [ { "from": "start", "to": "wait" } ]
            }
            """);

        Assert.Equal(expected, Assert.Single(result.Incidents).Message);
        Assert.Empty(await host.BookmarksAsync(result.InstanceId));
    }

    [Fact]
    public async Task Switch_FaultsNamingCase_WhenConditionIsNotBoolean()
    {
        await using var host = new WorkflowTestHost();

        var result = await host.StartAsync("""
            {
              "id": "bad-switch",
              "name": "Bad switch",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "route", "type": "Switch", "inputs": { "cases": [ { "name": "many", "condition": { "js": "42" } } ] } }
              ],
              "connections": [ { "from": "start", "to": "route" } ]
            }
            """);

        Assert.Equal(
            "Switch 'route' case 'many' needs its condition to give true or false, but it gave 42. Fix the condition.",
            Assert.Single(result.Incidents).Message);
    }

    [Fact]
    public async Task Handler_BecomesIncident_WhenItThrows()
    {
        await using var host = new WorkflowTestHost(configure: services => services.AddSingleton(new ActivityDescriptor
        {
            TypeName = "Explode",
            Category = "Test",
            DisplayName = LocalizedText.Of("Explode"),
            HandlerType = typeof(ThrowingHandler),
        }));

        var result = await host.StartAsync("""
            {
              "id": "explode",
              "name": "Explode",
              "activities": [ { "id": "start", "type": "Start" }, { "id": "boom", "type": "Explode" } ],
              "connections": [ { "from": "start", "to": "boom" } ]
            }
            """);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("Activity 'boom' failed: The mail server refused the message.", Assert.Single(result.Incidents).Message);
    }

    [Fact]
    public async Task Handler_BecomesIncident_WhenItWaitsWithoutBookmark()
    {
        await using var host = new WorkflowTestHost(configure: services => services.AddSingleton(new ActivityDescriptor
        {
            TypeName = "Hang",
            Category = "Test",
            DisplayName = LocalizedText.Of("Hang"),
            HandlerType = typeof(WaitsForNothingHandler),
        }));

        var result = await host.StartAsync("""
            {
              "id": "hang",
              "name": "Hang",
              "activities": [ { "id": "start", "type": "Start" }, { "id": "stuck", "type": "Hang" } ],
              "connections": [ { "from": "start", "to": "stuck" } ]
            }
            """);

        Assert.Equal(
            "Activity 'stuck' (Hang) asked to wait but created nothing to wait for. This is a fault in the activity type; report it.",
            Assert.Single(result.Incidents).Message);
    }

    [Fact]
    public async Task JoinAll_FiresEveryRound_WhenInsideLoop()
    {
        await using var host = new WorkflowTestHost();

        var result = await host.StartAsync("""
            {
              "id": "join-loop",
              "name": "Join in a loop",
              "variables": [ { "name": "round", "type": "Number", "default": 0 } ],
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "fork", "type": "SetVariable", "inputs": { "name": "round", "value": { "js": "vars.round + 1" } } },
                { "id": "a", "type": "SetVariable", "inputs": { "name": "a", "value": { "js": "vars.round" } } },
                { "id": "b", "type": "SetVariable", "inputs": { "name": "b", "value": { "js": "vars.round" } } },
                { "id": "j", "type": "Join" },
                { "id": "again", "type": "Decision", "inputs": { "condition": { "js": "vars.round < 3" } } }
              ],
              "connections": [
                { "from": "start", "to": "fork" },
                { "from": "fork", "to": "a" },
                { "from": "fork", "to": "b" },
                { "from": "a", "to": "j" },
                { "from": "b", "to": "j" },
                { "from": "j", "to": "again" },
                { "from": "again", "outcome": "True", "to": "fork" }
              ]
            }
            """);

        Assert.Equal(WorkflowStatus.Finished, result.Status);
        var journal = await host.JournalAsync(result.InstanceId);
        Assert.Equal(3, journal.Count(e => e is { Event: JournalEvent.ActivityCompleted, ActivityId: "j" }));
        Assert.Equal(3, journal.Count(e => e is { Event: JournalEvent.ActivityCompleted, ActivityId: "again" }));
    }

    [Fact]
    public async Task JoinAny_CancelsScheduledStepOfOtherBranch_WhenBothBranchesRunInOneBurst()
    {
        await using var host = new WorkflowTestHost();

        var result = await host.StartAsync("""
            {
              "id": "join-any-burst",
              "name": "Join any in one burst",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "fast", "type": "Join", "inputs": { "mode": "Any" } },
                { "id": "slow", "type": "SetVariable", "inputs": { "name": "slow", "value": true } },
                { "id": "after", "type": "SetVariable", "inputs": { "name": "after", "value": { "js": "(vars.after || 0) + 1" } } }
              ],
              "connections": [
                { "from": "start", "to": "fast" },
                { "from": "start", "to": "slow" },
                { "from": "slow", "to": "fast" },
                { "from": "fast", "to": "after" }
              ]
            }
            """);

        var instance = await host.InstanceAsync(result.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(1, instance.State.Variables["after"]!.GetValue<double>());
        Assert.Null(instance.State.Variables["slow"]);
        var cancelled = Assert.Single(await host.JournalAsync(result.InstanceId), e => e.Event == JournalEvent.ActivityCancelled);
        Assert.Equal("slow", cancelled.ActivityId);
    }

    private sealed class ThrowingHandler : IActivityHandler
    {
        public ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The mail server refused the message.");
    }

    private sealed class WaitsForNothingHandler : IActivityHandler
    {
        public ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(ActivityResult.Suspend());
    }
}
