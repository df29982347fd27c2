using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Activities.Time;

namespace LabFlow.Activities.Tests.Time;

/// <summary>
/// Steps that run again in the same lab (a loop, a gate's send back) keep the spacing of their first run. The lab
/// starts on Monday 1 June 2026 and is launched that morning, so every step's first run is on day 0 unless moved.
/// </summary>
public sealed class StepRunsTests
{
    private static readonly LabCalendar Calendar = new();

    /// <summary>A step the facilitator can send round again: <c>again</c> loops back to it, <c>done</c> ends the lab.</summary>
    private static string Loop(string inputs) => LabTestHost.Flow(
        $$"""
        { "id": "work", "type": "UserTask",
          "inputs": { "title": "Arbeta", "assignee": { "role": "Facilitator" }, {{inputs}},
                      "actions": [ { "name": "again", "label": "Igen" }, { "name": "done", "label": "Klar" } ] } },
        { "id": "end", "type": "End" }
        """,
        """[ { "from": "start", "to": "work" }, { "from": "work", "outcome": "again", "to": "work" }, { "from": "work", "outcome": "done", "to": "end" } ]""");

    [Fact]
    public async Task CreateTasks_GivesTheSecondRoundTheFirstRoundsTime_WhenALoopRunsTheStepAgain()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(Loop("""
            "due": { "daysAfterStart": 7 }, "reminders": [7, 2], "escalation": { "overdueDays": 7, "notify": "Coordinator" }
            """));
        var first = await host.OpenTaskAsync(lab.Id, "work");

        // Wednesday 1 July, 30 days into the lab: the step runs again.
        await AtAsync(host, D(2026, 7, 1), 10);
        await CompleteAsync(host, first, "again");

        var second = await host.OpenTaskAsync(lab.Id, "work");
        Assert.Equal(D(2026, 6, 8), first.Due);
        Assert.Equal(D(2026, 7, 8), second.Due);
        // Seven days before is 08:00 today, already past at 10:00; two days before is Monday 6 July.
        Assert.Equal([At(D(2026, 7, 6))], second.Reminders);
        Assert.Equal(At(D(2026, 7, 15)), second.Escalation!.At);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["daysAfterStart"] = 37 }, second.DueSpec), second.DueSpec?.ToJsonString());
        var assigned = host.Effects.Effects.OfType<EmailRequested>().Where(e => e.Template == EmailTemplates.TaskAssigned && e.TaskId == second.Id);
        Assert.Equal("2026-07-08", Assert.Single(assigned).Model["dueDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateTasks_KeepsTheSpacingOfEachStep_WhenAGateSendsTheWorkBack()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(LabTestHost.Flow(
            """
            { "id": "work", "type": "UserTask", "inputs": { "title": "Utforska", "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": 7 } } },
            { "id": "gate", "type": "PhaseGate", "inputs": { "title": "Klart att gå vidare?", "due": { "daysAfterStart": 9 } } },
            { "id": "end", "type": "End" }
            """,
            """
            [ { "from": "start", "to": "work" }, { "from": "work", "to": "gate" },
              { "from": "gate", "outcome": "Approve", "to": "end" }, { "from": "gate", "outcome": "SendBack", "to": "work" } ]
            """));
        await CompleteAsync(host, await host.OpenTaskAsync(lab.Id, "work"), null);
        var gate = await host.OpenTaskAsync(lab.Id, "gate");

        // Friday 12 June, day 11: the sponsor sends the work back.
        await AtAsync(host, D(2026, 6, 12), 9);
        await CompleteAsync(host, gate, "SendBack", LabTestHost.Sponsor);
        var redo = await host.OpenTaskAsync(lab.Id, "work");
        await AtAsync(host, D(2026, 6, 15), 9);
        await CompleteAsync(host, redo, null);
        var gateAgain = await host.OpenTaskAsync(lab.Id, "gate");

        Assert.Equal(D(2026, 6, 10), gate.Due);
        // Day 7 + 11 is Friday 19 June, midsommarafton: the redo is due on the Thursday before.
        Assert.Equal(D(2026, 6, 18), redo.Due);
        // The gate first ran on day 0 and runs again on day 14: day 9 + 14.
        Assert.Equal(D(2026, 6, 24), gateAgain.Due);
    }

    [Fact]
    public async Task CreateTasks_DoesNotShiftTwice_WhenTheFacilitatorMovedTheStartSinceTheFirstRun()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(Loop("""
            "due": { "daysAfterStart": 7 }
            """));
        await AtAsync(host, D(2026, 7, 1), 10);
        await host.Labs.MoveStartDateAsync(lab.Id, D(2026, 7, 1), LabTestHost.Facilitator.Id, host.Token);
        var moved = await host.OpenTaskAsync(lab.Id, "work");

        await CompleteAsync(host, moved, "again");

        // The moved plan already gives the second round day 0 to day 7.
        Assert.Equal(D(2026, 7, 8), moved.Due);
        Assert.Equal(D(2026, 7, 8), (await host.OpenTaskAsync(lab.Id, "work")).Due);
    }

    [Fact]
    public async Task CreateTasks_GivesTheFirstWorkingDayFromToday_WhenTheFirstRunsDateWasAlreadyPast()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(Loop("""
            "due": { "daysAfterStart": -5 }
            """));
        var first = await host.OpenTaskAsync(lab.Id, "work");

        // Saturday 13 June: the first run's five days overdue would make the new task overdue at once.
        await AtAsync(host, D(2026, 6, 13), 10);
        await CompleteAsync(host, first, "again");

        // The first run's 27 May was before the launch day, so it was dated on the launch day (LaunchDates).
        Assert.Equal(D(2026, 6, 1), first.Due);
        Assert.Equal(D(2026, 6, 15), (await host.OpenTaskAsync(lab.Id, "work")).Due);
    }

    [Fact]
    public async Task CreateTasks_ShiftsOnlyStartRelativeDates_WhenTheStepRunsAgain()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(Loop("""
            "opens": { "daysAfterStart": 2 }, "due": { "daysAfterCreated": 3 }, "followUp": "2026-09-01"
            """));
        await CompleteAsync(host, await host.OpenTaskAsync(lab.Id, "work"), "again", when: D(2026, 6, 3));

        await AtAsync(host, D(2026, 7, 1), 10);
        await CompleteAsync(host, await host.OpenTaskAsync(lab.Id, "work"), "again");

        var third = await host.OpenTaskAsync(lab.Id, "work");
        Assert.Equal(D(2026, 7, 3), third.Opens);
        // Three days after Wednesday 1 July is a Saturday: the Friday before, counted from the day it was created.
        Assert.Equal(D(2026, 7, 3), third.Due);
        Assert.Equal(D(2026, 9, 1), third.FollowUp);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["daysAfterCreated"] = 3 }, third.DueSpec), third.DueSpec?.ToJsonString());
    }

    [Fact]
    public async Task WorkshopAndCollection_MoveTheirDatesAndWindow_WhenALoopRunsThemAgain()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(LabTestHost.Flow(
            """
            { "id": "workshop", "type": "Workshop", "inputs": { "title": "Idéworkshop", "date": { "daysAfterStart": 7 }, "due": { "daysAfterStart": 8 }, "startTime": "13:00" } },
            { "id": "ideas", "type": "CollectIdeas", "inputs": { "title": "Idéer", "opens": { "daysAfterStart": 7 }, "closes": { "daysAfterStart": 14 } } },
            { "id": "decide", "type": "UserTask",
              "inputs": { "title": "Igen?", "assignee": { "role": "Facilitator" }, "actions": [ { "name": "again", "label": "Igen" }, { "name": "done", "label": "Klar" } ] } },
            { "id": "end", "type": "End" }
            """,
            """
            [ { "from": "start", "to": "workshop" }, { "from": "workshop", "to": "ideas" }, { "from": "ideas", "to": "decide" },
              { "from": "decide", "outcome": "again", "to": "workshop" }, { "from": "decide", "outcome": "done", "to": "end" } ]
            """));
        await AtAsync(host, D(2026, 6, 8), 16);
        await CompleteAsync(host, await host.OpenTaskAsync(lab.Id, "workshop"), null, answers: "{}");
        await AtAsync(host, D(2026, 6, 16), 9);

        // Monday 6 July, day 35: round two.
        await AtAsync(host, D(2026, 7, 6), 9);
        await CompleteAsync(host, await host.OpenTaskAsync(lab.Id, "decide"), "again");
        var workshop = await host.OpenTaskAsync(lab.Id, "workshop");
        var invitation = host.Effects.Effects.OfType<EmailRequested>().Last(e => e.Template == EmailTemplates.WorkshopInvitation);
        await AtAsync(host, D(2026, 7, 13), 16);
        await CompleteAsync(host, workshop, null, answers: "{}");
        var collection = await host.Get<ICollectionStore>().FindByActivityAsync(lab.Id, "ideas", host.Token);

        Assert.Equal((D(2026, 7, 13), D(2026, 7, 14)), (workshop.Opens!.Value, workshop.Due!.Value));
        Assert.Equal("2026-07-13", invitation.Model["date"]!.GetValue<string>());
        // The collection first opened on day 7 and opens again on day 42: its window moves 35 days.
        Assert.Equal((D(2026, 7, 13), Calendar.EndOf(D(2026, 7, 20))), (collection!.Opens!.Value, collection.ClosesAt));
    }

    [Fact]
    public async Task FollowUp_KeepsTheShiftItStartedWith_WhenItsTimerFiresInALaterRound()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(LabTestHost.Flow(
            """
            { "id": "followUp", "type": "FollowUp", "inputs": { "title": "Uppföljning", "at": { "daysAfterStart": 10 }, "due": { "daysAfterStart": 14 }, "assignee": { "role": "Facilitator" } } },
            { "id": "decide", "type": "UserTask",
              "inputs": { "title": "Igen?", "assignee": { "role": "Facilitator" }, "actions": [ { "name": "again", "label": "Igen" }, { "name": "done", "label": "Klar" } ] } },
            { "id": "end", "type": "End" }
            """,
            """
            [ { "from": "start", "to": "followUp" }, { "from": "followUp", "to": "decide" },
              { "from": "decide", "outcome": "again", "to": "followUp" }, { "from": "decide", "outcome": "done", "to": "end" } ]
            """));
        await AtAsync(host, D(2026, 6, 11), 9);
        var first = await host.OpenTaskAsync(lab.Id, "followUp");
        await CompleteAsync(host, first, null);

        // Wednesday 1 July, day 30: day 10 + 30 is Saturday 11 July, so the follow-up appears on Friday the 10th.
        await AtAsync(host, D(2026, 7, 1), 9);
        await CompleteAsync(host, await host.OpenTaskAsync(lab.Id, "decide"), "again");
        await AtAsync(host, D(2026, 7, 10), 7);
        Assert.DoesNotContain(await host.TasksOfAsync(lab.Id), t => t.ActivityId == "followUp" && t.IsOpen);
        await AtAsync(host, D(2026, 7, 10), 8);
        var second = await host.OpenTaskAsync(lab.Id, "followUp");

        Assert.Equal(D(2026, 6, 15), first.Due);
        Assert.Equal(At(D(2026, 7, 10)), second.CreatedAt);
        // Day 14 + the 30 days it started with, not + the 39 days it is late when its timer fires.
        Assert.Equal(D(2026, 7, 15), second.Due);
    }

    private static async Task AtAsync(LabTestHost host, DateOnly date, int hour)
    {
        host.Time.SetUtcNow(Calendar.At(date, new TimeOnly(hour, 0)));
        await host.Scheduler.WaitForFiringAsync(host.Token);
    }

    private static async Task CompleteAsync(LabTestHost host, LabTask task, string? action, Organisation.Person? by = null, string? answers = null, DateOnly? when = null)
    {
        if (when is { } date)
        {
            await AtAsync(host, date, 10);
        }

        var result = await host.Tasks.CompleteAsync(
            task.Id, (by ?? LabTestHost.Facilitator).Id, action, answers is null ? null : LabTestHost.Answers(answers), host.Token);
        Assert.True(result.Status == TaskCompletionStatus.Completed, result.Message);
        Assert.Empty((await host.InstanceAsync(task.LabId)).State.Incidents.Select(i => $"{i.ActivityId}: {i.Message}"));
    }

    private static DateTimeOffset At(DateOnly date) => Calendar.MorningOf(date);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
