using LabFlow.Activities.Email;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Tests.Tasks;

public sealed class LabStepTests
{
    [Fact]
    public async Task FollowUp_WaitsForItsDate_ThenCreatesTheTask()
    {
        await using var host = new LabTestHost();
        var flow = LabTestHost.Flow(
            """
            { "id": "followUp3", "type": "FollowUp",
              "inputs": { "title": "Uppföljning efter 3 månader", "at": { "monthsAfterStart": 3 }, "assignee": { "role": "Coordinator" },
                          "due": { "daysAfterCreated": 14 },
                          "form": [ { "key": "effect", "type": "LongText", "label": "Vilken effekt?", "required": true } ] } }
            """,
            """[ { "from": "start", "to": "followUp3" } ]""");
        var lab = await host.LaunchAsync(flow);
        Assert.Empty(await host.TasksOfAsync(lab.Id));

        await host.AdvanceAsync(new DateTimeOffset(2026, 9, 1, 5, 59, 0, TimeSpan.Zero) - host.Time.GetUtcNow());
        Assert.Empty(await host.TasksOfAsync(lab.Id));
        await host.AdvanceAsync(TimeSpan.FromMinutes(2));

        var task = Assert.Single(await host.TasksOfAsync(lab.Id));
        Assert.Equal("FollowUp", task.Kind);
        Assert.Equal(new DateOnly(2026, 9, 15), task.Due);
        Assert.Equal(2, task.Candidates.Count);
        var result = await host.Tasks.CompleteAsync(task.Id, task.Candidates[0], null, LabTestHost.Answers("""{ "effect": "Fler sökande." }"""), host.Token);
        Assert.Equal(TaskCompletionStatus.Completed, result.Status);
        Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(lab.Id)).Status);
    }

    [Fact]
    public async Task MoveStartDate_MovesTheFollowUpsTimer_WhenItsDateCountsFromTheStart()
    {
        await using var host = new LabTestHost();
        var flow = LabTestHost.Flow(
            """
            { "id": "followUp3", "type": "FollowUp",
              "inputs": { "title": "Uppföljning efter 3 månader", "at": { "monthsAfterStart": 3 }, "assignee": { "role": "Coordinator" },
                          "due": { "daysAfterCreated": 14 } } },
            { "id": "review", "type": "Delay", "inputs": { "duration": "P1D" } }
            """,
            """[ { "from": "start", "to": "followUp3" }, { "from": "start", "to": "review" } ]""");
        var lab = await host.LaunchAsync(flow);

        await host.Labs.MoveStartDateAsync(lab.Id, lab.StartDate.AddDays(14), LabTestHost.Facilitator.Id, host.Token);

        // The old date passes without a task; two weeks later the follow-up appears. The Delay counts from when it
        // was reached, not from the start, so it keeps its time.
        await host.AdvanceAsync(new DateTimeOffset(2026, 9, 1, 6, 1, 0, TimeSpan.Zero) - host.Time.GetUtcNow());
        Assert.Empty(await host.TasksOfAsync(lab.Id));
        Assert.Single(await host.JournalAsync(lab.Id), e => e.Event == Workflows.Journal.JournalEvent.ActivityCompleted && e.ActivityId == "review");
        await host.AdvanceAsync(TimeSpan.FromDays(14));
        var task = Assert.Single(await host.TasksOfAsync(lab.Id));
        Assert.Equal(new DateOnly(2026, 9, 29), task.Due);
        Assert.Equal(lab.StartDate.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (await host.InstanceAsync(lab.Id)).State.LabContext["startDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendEmail_AsksForOneEmailPerLanguage_WithTheFlowsText()
    {
        await using var host = new LabTestHost();
        var flow = LabTestHost.Flow(
            """
            { "id": "mail", "type": "SendEmail",
              "inputs": { "to": [ { "role": "Coordinator" }, { "person": "sam@example.se" } ],
                          "subject": { "sv": "Labbet startar", "en": "The lab starts" },
                          "body": { "liquid": "Start {{ lab.startDate }}: {{ lab.title }}" } } }
            """,
            """[ { "from": "start", "to": "mail" } ]""");

        var lab = await host.LaunchAsync(flow);

        var emails = host.Effects.Effects.OfType<EmailRequested>().Where(e => e.InstanceId == lab.Id).ToList();
        Assert.All(emails, e => Assert.Equal(EmailTemplates.Custom, e.Template));
        var swedish = Assert.Single(emails, e => e.To[0].Culture == "sv");
        Assert.Equal(["kim@example.se", "sam@example.se"], swedish.To.Select(r => r.Address).Order());
        Assert.Equal("Labbet startar", swedish.Model["subject"]!.GetValue<string>());
        Assert.Equal("Start 2026-06-01: Jämlik rekrytering", swedish.Model["body"]!.GetValue<string>());
        Assert.Equal("The lab starts", Assert.Single(emails, e => e.To[0].Culture == "en").Model["subject"]!.GetValue<string>());
        Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(lab.Id)).Status);
    }

    [Fact]
    public async Task Workshop_InvitesWithDateTimeAndPlace_AndGivesFacilitatorTheAttendanceForm()
    {
        await using var host = new LabTestHost();
        var flow = LabTestHost.Flow(
            """
            { "id": "kickoff", "type": "Workshop",
              "inputs": { "title": "Uppstart", "date": { "daysAfterStart": 9 }, "startTime": "13:00", "durationMinutes": 90, "location": "Rum 4",
                          "form": [ { "key": "attendance", "type": "Number", "label": "Antal deltagare", "required": true } ] } }
            """,
            """[ { "from": "start", "to": "kickoff" } ]""");

        var lab = await host.LaunchAsync(flow);

        var invitation = Assert.Single(host.Effects.Effects.OfType<EmailRequested>(), e => e.Template == EmailTemplates.WorkshopInvitation);
        Assert.Equal(
            ["ada@example.se", "bo@example.se", "cy@example.se", "fia@example.se"],
            invitation.To.Select(r => r.Address).Order());
        Assert.Equal("2026-06-10", invitation.Model["date"]!.GetValue<string>());
        Assert.Equal("13:00", invitation.Model["startTime"]!.GetValue<string>());
        Assert.Equal("2026-06-10T13:00:00.0000000+02:00", invitation.Model["startsAt"]!.GetValue<string>());
        Assert.Equal("2026-06-10T14:30:00.0000000+02:00", invitation.Model["endsAt"]!.GetValue<string>());
        Assert.Equal("Rum 4", invitation.Model["location"]!.GetValue<string>());
        var task = await host.OpenTaskAsync(lab.Id, "kickoff");
        Assert.Equal(LabTestHost.Facilitator.Id, task.AssigneeId);
        Assert.Equal(new DateOnly(2026, 6, 10), task.Opens);
        Assert.Equal(new DateOnly(2026, 6, 10), task.Due);

        var early = await Assert.ThrowsAsync<LabFlow.Activities.Labs.LabDomainException>(() =>
            host.Tasks.CompleteAsync(task.Id, LabTestHost.Facilitator.Id, null, LabTestHost.Answers("""{ "attendance": 12 }"""), host.Token));
        Assert.Equal("Task 'Uppstart' opens on 2026-06-10; it cannot be completed before then.", early.Message);
    }
}
