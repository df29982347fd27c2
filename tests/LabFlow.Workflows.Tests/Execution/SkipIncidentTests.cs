using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Tests.Execution.TestSupport;

namespace LabFlow.Workflows.Tests.Execution;

public sealed class SkipIncidentTests
{
    /// <summary>Branch a faults before a Join All; branch b reaches the join and waits for a.</summary>
    private const string BlockedJoinFlow = """
        {
          "id": "blocked-join",
          "name": "A faulted branch blocks a join",
          "variables": [ { "name": "after", "type": "Number", "default": 0 } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "broken", "type": "SetVariable", "inputs": { "name": "x", "value": { "js": "throw 'saknar underlag'" } } },
            { "id": "b", "type": "SetVariable", "inputs": { "name": "b", "value": true } },
            { "id": "j", "type": "Join" },
            { "id": "after", "type": "SetVariable", "inputs": { "name": "after", "value": { "js": "vars.after + 1" } } }
          ],
          "connections": [
            { "from": "start", "to": "broken" },
            { "from": "start", "to": "b" },
            { "from": "broken", "to": "j" },
            { "from": "b", "to": "j" },
            { "from": "j", "to": "after" }
          ]
        }
        """;

    private const string DecisionFlow = """
        {
          "id": "broken-decision",
          "name": "A decision that faults",
          "variables": [ { "name": "ok", "type": "Any", "default": "pending" } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "check", "type": "Decision", "inputs": { "condition": { "js": "vars.ok" } } },
            { "id": "yes", "type": "SetVariable", "inputs": { "name": "result", "value": "yes" } },
            { "id": "no", "type": "SetVariable", "inputs": { "name": "result", "value": "no" } }
          ],
          "connections": [
            { "from": "start", "to": "check" },
            { "from": "check", "outcome": "True", "to": "yes" },
            { "from": "check", "outcome": "False", "to": "no" }
          ]
        }
        """;

    /// <summary>The faulting decision beside a branch that waits, so the lab goes on after the skip.</summary>
    private const string DecisionBesideWaitFlow = """
        {
          "id": "broken-decision-beside-wait",
          "name": "A decision that faults beside a waiting branch",
          "variables": [ { "name": "ok", "type": "Any", "default": "pending" } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "check", "type": "Decision", "inputs": { "condition": { "js": "vars.ok" } } },
            { "id": "yes", "type": "SetVariable", "inputs": { "name": "result", "value": "yes" } },
            { "id": "other", "type": "WaitForSignal", "inputs": { "signal": "other" } }
          ],
          "connections": [
            { "from": "start", "to": "check" },
            { "from": "start", "to": "other" },
            { "from": "check", "outcome": "True", "to": "yes" }
          ]
        }
        """;

    [Fact]
    public async Task SkipAsync_FinishesLab_WhenFaultedBranchBlockingJoinAllIsSkipped()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(BlockedJoinFlow);
        var incident = Assert.Single(started.Incidents);
        var blocked = await host.InstanceAsync(started.InstanceId);

        var skipped = await host.Runtime.SkipAsync(started.InstanceId, incident.Id, new SkipIncidentRequest("facilitator", "Underlaget kommer inte; vi går vidare."), host.Token);

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        Assert.Equal(["b:Done->j"], blocked.State.Joins["j"].Arrived);
        Assert.Equal(WorkflowStatus.Finished, skipped.Status);
        Assert.Empty(skipped.Incidents);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(1, instance.State.Variables["after"]!.GetValue<double>());
        Assert.Empty(instance.State.Tokens);
        var journal = await host.JournalAsync(started.InstanceId);
        var skip = Assert.Single(journal, e => e.Event == JournalEvent.ActivitySkipped);
        Assert.Equal(("broken", "facilitator", "Done", "Underlaget kommer inte; vi går vidare."), (skip.ActivityId, skip.Actor, skip.Outcome, skip.Message));
        Assert.Equal(incident.Id.ToString(), skip.Data!["incidentId"]!.GetValue<string>());
        Assert.Single(journal, e => e is { Event: JournalEvent.ActivityStarted, ActivityId: "broken" });
        Assert.Equal(JournalEvent.WorkflowFinished, journal[^1].Event);
    }

    [Fact]
    public async Task SkipAsync_FiresJoinAndFinishes_WhenSkipEndsTheFaultedBranch()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(BlockedJoinFlow);
        var incident = Assert.Single(started.Incidents);

        var skipped = await host.Runtime.SkipAsync(
            started.InstanceId, incident.Id, new SkipIncidentRequest("facilitator", "Steget behövs inte.", EndBranch: true), host.Token);

        Assert.Equal(WorkflowStatus.Finished, skipped.Status);
        Assert.Equal(1, (await host.VariableAsync(started.InstanceId, "after"))!.GetValue<double>());
        var skip = Assert.Single(await host.JournalAsync(started.InstanceId), e => e.Event == JournalEvent.ActivitySkipped);
        Assert.Null(skip.Outcome);
        Assert.True(skip.Data!["endBranch"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SkipAsync_ContinuesWithChosenOutcome_WhenCallerChoosesOne()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(DecisionFlow);
        var incident = Assert.Single(started.Incidents);

        var skipped = await host.Runtime.SkipAsync(started.InstanceId, incident.Id, new SkipIncidentRequest("facilitator", "Nej.", Outcome: "False"), host.Token);

        Assert.Equal(WorkflowStatus.Finished, skipped.Status);
        Assert.Equal("no", (await host.VariableAsync(started.InstanceId, "result"))!.GetValue<string>());
        Assert.Equal(["True", "False"], await host.Runtime.ListSkipOutcomesAsync(started.InstanceId, "check", host.Token));
    }

    [Fact]
    public async Task SkipAsync_ThrowsAndChangesNothing_WhenOutcomeIsNotTheActivitys()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(DecisionFlow);
        var incident = Assert.Single(started.Incidents);

        var error = await Assert.ThrowsAsync<WorkflowException>(() =>
            host.Runtime.SkipAsync(started.InstanceId, incident.Id, new SkipIncidentRequest("facilitator", "Fel.", Outcome: "Maybe"), host.Token));

        Assert.Equal("invalid_outcome", error.Code);
        Assert.Equal("Activity 'check' has no outcome 'Maybe'. Choose one of: True, False; or end the branch.", error.Message);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Equal(incident.Id, Assert.Single(instance.State.Incidents).Id);
    }

    [Fact]
    public async Task SkipAsync_ThrowsIncidentNotFound_WhenIncidentWasSkippedAlready()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(DecisionBesideWaitFlow);
        var incident = Assert.Single(started.Incidents);
        await host.Runtime.SkipAsync(started.InstanceId, incident.Id, new SkipIncidentRequest("facilitator", "Först."), host.Token);
        var journalBefore = (await host.JournalAsync(started.InstanceId)).Count;

        var error = await Assert.ThrowsAsync<WorkflowException>(() =>
            host.Runtime.SkipAsync(started.InstanceId, incident.Id, new SkipIncidentRequest("facilitator", "Igen."), host.Token));

        Assert.Equal("incident_not_found", error.Code);
        Assert.Equal($"Lab {started.InstanceId} has no open incident {incident.Id}; it may have been retried or skipped already. Reload the lab to see its incidents.", error.Message);
        Assert.Equal(journalBefore, (await host.JournalAsync(started.InstanceId)).Count);
    }

    [Fact]
    public async Task SkipAsync_OneSucceedsAndOtherGetsIncidentNotFound_WhenSameIncidentIsSkippedConcurrently()
    {
        await using var host = new WorkflowTestHost();
        var started = await host.StartAsync(DecisionBesideWaitFlow);
        var incident = Assert.Single(started.Incidents);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
        {
            try
            {
                return (await host.Runtime.SkipAsync(started.InstanceId, incident.Id, new SkipIncidentRequest($"facilitator{i}", "Samtidigt."), host.Token)).Status.ToString();
            }
            catch (WorkflowException exception)
            {
                return exception.Code;
            }
        })));

        Assert.Equal(["Suspended", "incident_not_found"], attempts.Order(StringComparer.Ordinal));
        Assert.Single(await host.JournalAsync(started.InstanceId), e => e.Event == JournalEvent.ActivitySkipped);
        Assert.Equal("yes", (await host.VariableAsync(started.InstanceId, "result"))!.GetValue<string>());
    }
}
