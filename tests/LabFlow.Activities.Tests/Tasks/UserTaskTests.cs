using System.Globalization;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;

namespace LabFlow.Activities.Tests.Tasks;

public sealed class UserTaskTests
{
    private static readonly string ReportFlow = LabTestHost.Flow(
        """
        { "id": "report", "type": "UserTask", "phase": "explore",
          "inputs": {
            "title": { "sv": "Rapportera intervjuer", "en": "Report interviews" },
            "instructions": "Skriv **kort**. <script>alert(1)</script>",
            "assignee": { "role": "Coordinator" },
            "informed": ["Sponsor"],
            "due": { "daysAfterStart": 18 },
            "form": [
              { "key": "interviews", "type": "Number", "label": "Antal intervjuer", "required": true, "min": 0, "max": 50 },
              { "key": "summary", "type": "LongText", "label": "Sammanfattning", "required": true }
            ] } },
        { "id": "record", "type": "SetVariable", "phase": "explore", "inputs": { "name": "count", "value": { "js": "tasks.report.interviews" } } },
        { "id": "next", "type": "UserTask", "phase": "ideate", "inputs": { "title": "Nästa steg", "assignee": { "role": "Facilitator" } } }
        """,
        """[ { "from": "start", "to": "report" }, { "from": "report", "to": "record" }, { "from": "record", "to": "next" } ]""",
        phases: """[ { "id": "explore", "name": "Utforska" }, { "id": "ideate", "name": "Idéera" } ]""",
        variables: """[ { "name": "count", "type": "Number" } ]""");

    [Fact]
    public async Task Launch_CreatesCandidateGroupTask_WithDueDateMovedOffMidsummerEve()
    {
        await using var host = new LabTestHost();

        var lab = await host.LaunchAsync(ReportFlow);

        var task = await host.OpenTaskAsync(lab.Id, "report");
        Assert.Null(task.AssigneeId);
        Assert.Equal([LabTestHost.Coordinator1.Id, LabTestHost.Coordinator2.Id], task.Candidates.Order());
        Assert.Equal(Role.Coordinator, task.AssigneeRole);
        Assert.Equal([LabTestHost.Sponsor.Id], task.Informed);
        Assert.Equal("explore", task.Phase);
        // Day 18 is Friday 19 June 2026, midsommarafton: due moves to Thursday 18 June.
        Assert.Equal(new DateOnly(2026, 6, 18), task.Due);
        Assert.Equal(
            [new DateTimeOffset(2026, 6, 11, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 16, 6, 0, 0, TimeSpan.Zero)],
            task.Reminders.Select(r => r.ToUniversalTime()));
        var escalation = Assert.IsType<TaskEscalation>(task.Escalation);
        Assert.Equal(new TaskEscalation(7, Role.Facilitator, null, new DateTimeOffset(2026, 6, 25, 6, 0, 0, TimeSpan.Zero)), escalation with { At = escalation.At.ToUniversalTime() });
        Assert.Equal(LabTaskStatus.Open, task.Status);
        Assert.Equal(["explore"], (await host.InstanceAsync(lab.Id)).ActivePhases);
    }

    [Fact]
    public async Task Launch_AsksForAssignedEmail_InEachCandidatesLanguage()
    {
        await using var host = new LabTestHost();

        var lab = await host.LaunchAsync(ReportFlow);

        var emails = host.Effects.Effects.OfType<EmailRequested>().Where(e => e.InstanceId == lab.Id).ToList();
        Assert.All(emails, e => Assert.Equal(EmailTemplates.TaskAssigned, e.Template));
        var swedish = Assert.Single(emails, e => e.To.All(r => r.Culture == "sv"));
        var english = Assert.Single(emails, e => e.To.All(r => r.Culture == "en"));
        Assert.Equal("kim@example.se", Assert.Single(swedish.To).Address);
        Assert.Equal("Rapportera intervjuer", swedish.Model["title"]!.GetValue<string>());
        Assert.Equal("Report interviews", english.Model["title"]!.GetValue<string>());
        Assert.Equal("2026-06-18", english.Model["due"]!.GetValue<string>());
    }

    [Fact]
    public async Task Launch_AssignsLabsOwnCoordinator_BeforeAdministrationMembers()
    {
        await using var host = new LabTestHost();

        var lab = await host.LaunchAsync(ReportFlow, [new LabMember(LabTestHost.Facilitator.Id, Role.Facilitator), new LabMember(LabTestHost.Coordinator2.Id, Role.Coordinator)]);

        var task = await host.OpenTaskAsync(lab.Id, "report");
        Assert.Equal(LabTestHost.Coordinator2.Id, task.AssigneeId);
        Assert.Empty(task.Candidates);
    }

    [Fact]
    public async Task Instructions_RenderWithoutScript_WhenMarkdownHoldsHtml()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");

        var html = TaskMarkdown.ToSafeHtml(task.Instructions!.Get(CultureInfo.GetCultureInfo("sv")));

        Assert.Contains("<strong>kort</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_RefusesWithEveryFieldError_AndKeepsTaskOpenWithDraft_WhenAnswersInvalid()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");

        var result = await host.Tasks.CompleteAsync(task.Id, LabTestHost.Coordinator1.Id, null, LabTestHost.Answers("""{ "interviews": 80 }"""), host.Token);

        Assert.Equal(TaskCompletionStatus.Invalid, result.Status);
        Assert.Equal("2 answers need fixing before task 'Rapportera intervjuer' can be completed.", result.Message);
        Assert.Equal(
            ["interviews: The number may not be greater than 50.", "summary: This field is required."],
            result.Errors.Select(e => $"{e.Path}: {e.Message.Get(CultureInfo.GetCultureInfo("en"))}"));
        var stored = await host.OpenTaskAsync(lab.Id, "report");
        Assert.Equal(LabTaskStatus.Open, stored.Status);
        Assert.Equal(80, stored.Draft!["interviews"]!.GetValue<int>());
        Assert.Equal(WorkflowStatus.Suspended, (await host.InstanceAsync(lab.Id)).Status);
    }

    [Fact]
    public async Task Complete_AdvancesTheLab_AndAnswersReachLaterSteps_WhenAnswersValid()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");

        var result = await host.Tasks.CompleteAsync(
            task.Id, LabTestHost.Coordinator1.Id, null, LabTestHost.Answers("""{ "interviews": 12, "summary": "  Tolv samtal.  " }"""), host.Token);

        Assert.Equal(TaskCompletionStatus.Completed, result.Status);
        Assert.Equal(LabTaskStatus.Completed, result.Task.Status);
        Assert.Equal(LabTestHost.Coordinator1.Id, result.Task.AssigneeId);
        Assert.Equal("Tolv samtal.", result.Task.Answers!["summary"]!.GetValue<string>());
        var instance = await host.InstanceAsync(lab.Id);
        Assert.Equal(12, instance.State.Variables["count"]!.GetValue<int>());
        Assert.Equal(["ideate"], instance.ActivePhases);
        var next = await host.OpenTaskAsync(lab.Id, "next");
        Assert.Equal(LabTestHost.Facilitator.Id, next.AssigneeId);
        var journal = await host.JournalAsync(lab.Id);
        Assert.Contains(journal, e => e.Event == JournalEvent.ActivityResumed && e.ActivityId == "report" && e.Actor == LabTestHost.Coordinator1.Id.ToString());
        Assert.DoesNotContain(journal, e => e.Data?.ToJsonString().Contains("Tolv", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Complete_SaysAlreadyClosed_WhenCompletedTwice()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");
        var answers = LabTestHost.Answers("""{ "interviews": 3, "summary": "Tre." }""");
        await host.Tasks.CompleteAsync(task.Id, LabTestHost.Coordinator1.Id, null, answers, host.Token);

        var again = await host.Tasks.CompleteAsync(task.Id, LabTestHost.Coordinator1.Id, null, answers, host.Token);

        Assert.Equal(TaskCompletionStatus.AlreadyClosed, again.Status);
        Assert.Equal("Task 'Rapportera intervjuer' is already completed; nothing was changed.", again.Message);
    }

    [Fact]
    public async Task Claim_LetsOnlyTheClaimerComplete_WhenCandidateGroup()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");

        var claimed = await host.Tasks.ClaimAsync(task.Id, LabTestHost.Coordinator2.Id, host.Token);

        Assert.Equal(LabTaskStatus.Claimed, claimed.Status);
        Assert.Equal(LabTestHost.Coordinator2.Id, claimed.AssigneeId);
        Assert.Contains(claimed.History, h => h.Kind == TaskHistoryKind.Claimed && h.To == LabTestHost.Coordinator2.Id);
        var refused = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Tasks.CompleteAsync(task.Id, LabTestHost.Coordinator1.Id, null, LabTestHost.Answers("""{ "interviews": 3, "summary": "Tre." }"""), host.Token));
        // Coordinator 1 was in the group that lost the task to the claim: a lost race (409), not a lack of rights.
        Assert.Equal(LabErrors.Conflict, refused.Code);
        Assert.Equal("Task 'Rapportera intervjuer' was claimed by someone else in its candidate group; only they can complete it now.", refused.Message);
        var secondClaim = await Assert.ThrowsAsync<LabDomainException>(() => host.Tasks.ClaimAsync(task.Id, LabTestHost.Coordinator1.Id, host.Token));
        Assert.Equal(LabErrors.Conflict, secondClaim.Code);
        Assert.Equal("Task 'Rapportera intervjuer' was claimed by someone else in its candidate group; it can no longer be claimed.", secondClaim.Message);
    }

    [Fact]
    public async Task Delegate_MovesTaskToNewAssignee_AndHistoryShowsIt()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");
        await host.Tasks.ClaimAsync(task.Id, LabTestHost.Coordinator1.Id, host.Token);

        var delegated = await host.Tasks.DelegateAsync(task.Id, LabTestHost.Coordinator1.Id, LabTestHost.Coordinator2.Id, "Semester", host.Token);

        Assert.Equal(LabTestHost.Coordinator2.Id, delegated.AssigneeId);
        var entry = Assert.Single(delegated.History, h => h.Kind == TaskHistoryKind.Delegated);
        Assert.Equal((LabTestHost.Coordinator1.Id, LabTestHost.Coordinator2.Id, "Semester"), (entry.From!.Value, entry.To!.Value, entry.Note));
        var result = await host.Tasks.CompleteAsync(task.Id, LabTestHost.Coordinator2.Id, null, LabTestHost.Answers("""{ "interviews": 3, "summary": "Tre." }"""), host.Token);
        Assert.Equal(TaskCompletionStatus.Completed, result.Status);
    }

    [Fact]
    public async Task Reassign_IsForFacilitators_AndReplacesCandidateGroup()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");

        var refused = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Tasks.ReassignAsync(task.Id, LabTestHost.Coordinator1.Id, LabTestHost.Coordinator1.Id, null, host.Token));
        var reassigned = await host.Tasks.ReassignAsync(task.Id, LabTestHost.Facilitator.Id, LabTestHost.Sponsor.Id, "Sponsorn tar den", host.Token);

        Assert.Equal(LabErrors.Forbidden, refused.Code);
        Assert.Equal($"Only a facilitator of the lab or an administrator can change task {task.Id} this way.", refused.Message);
        Assert.Equal(LabTestHost.Sponsor.Id, reassigned.AssigneeId);
        Assert.Empty(reassigned.Candidates);
        Assert.Empty(reassigned.Informed);
        Assert.Contains(reassigned.History, h => h.Kind == TaskHistoryKind.Reassigned && h.Actor == LabTestHost.Facilitator.Id.ToString() && h.To == LabTestHost.Sponsor.Id);
    }

    [Fact]
    public async Task ReassignAllOpenTasksOf_MovesEveryOpenTask_WhenPersonLeaves()
    {
        await using var host = new LabTestHost();
        var first = await host.LaunchAsync(ReportFlow, [new LabMember(LabTestHost.Facilitator.Id, Role.Facilitator), new LabMember(LabTestHost.Coordinator1.Id, Role.Coordinator)]);
        var second = await host.LaunchAsync(ReportFlow, [new LabMember(LabTestHost.Facilitator.Id, Role.Facilitator), new LabMember(LabTestHost.Coordinator1.Id, Role.Coordinator)]);

        var result = await host.Tasks.ReassignAllOpenTasksOfAsync(LabTestHost.Coordinator1.Id, LabTestHost.Coordinator2.Id, LabTestHost.Facilitator.Id, "Slutat", host.Token);

        Assert.Equal(new ReassignAllResult(2, 0), result);
        Assert.Empty(await host.Tasks.ListForPersonAsync(LabTestHost.Coordinator1.Id, includeClosed: false, host.Token));
        Assert.Equal(LabTestHost.Coordinator2.Id, (await host.OpenTaskAsync(first.Id, "report")).AssigneeId);
        Assert.Equal(LabTestHost.Coordinator2.Id, (await host.OpenTaskAsync(second.Id, "report")).AssigneeId);
    }

    [Fact]
    public async Task MoveDueDate_MovesOffSaturday_AndRemindersFollow()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");

        var moved = await host.Tasks.MoveDueDateAsync(task.Id, LabTestHost.Facilitator.Id, new DateOnly(2026, 6, 27), host.Token);

        Assert.Equal(new DateOnly(2026, 6, 26), moved.Due);
        Assert.Equal(
            [new DateTimeOffset(2026, 6, 19 - 1, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 24, 6, 0, 0, TimeSpan.Zero)],
            moved.Reminders.Select(r => r.ToUniversalTime()));
        Assert.Equal(new DateTimeOffset(2026, 7, 3, 6, 0, 0, TimeSpan.Zero), moved.Escalation!.At.ToUniversalTime());
        Assert.Contains(moved.History, h => h.Kind == TaskHistoryKind.DueDateMoved && h.Note == "2026-06-18 → 2026-06-26");
    }

    [Fact]
    public async Task Pause_StopsReminders_UntilLabResumes()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var reminderDay = new DateTimeOffset(2026, 6, 11, 6, 30, 0, TimeSpan.Zero);

        await host.Labs.PauseAsync(lab.Id, LabTestHost.Facilitator.Id, host.Token);
        var whilePaused = await host.Tasks.ListRemindersDueAsync(reminderDay, host.Token);
        await host.Labs.ResumeAsync(lab.Id, LabTestHost.Facilitator.Id, host.Token);
        var afterResume = await host.Tasks.ListRemindersDueAsync(reminderDay, host.Token);

        Assert.Empty(whilePaused);
        var due = Assert.Single(afterResume);
        Assert.Equal(new DateTimeOffset(2026, 6, 11, 6, 0, 0, TimeSpan.Zero), due.At.ToUniversalTime());
        await host.Tasks.MarkRemindersSentAsync(due.Task.Id, due.At, host.Token);
        Assert.Empty(await host.Tasks.ListRemindersDueAsync(reminderDay, host.Token));
    }

    [Fact]
    public async Task Skip_GoesOnAndRecordsWhoAndWhy()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");

        var skipped = await host.Tasks.SkipAsync(task.Id, LabTestHost.Facilitator.Id, "Intervjuerna gjordes i ett annat labb.", null, host.Token);

        Assert.Equal(LabTaskStatus.Skipped, skipped.Status);
        var entry = Assert.Single(skipped.History, h => h.Kind == TaskHistoryKind.Skipped);
        Assert.Equal((LabTestHost.Facilitator.Id.ToString(), "Intervjuerna gjordes i ett annat labb."), (entry.Actor, entry.Note));
        Assert.Contains(await host.JournalAsync(lab.Id), e => e.Event == JournalEvent.ActivityResumed && e.ActivityId == "report" && e.Actor == LabTestHost.Facilitator.Id.ToString());
        Assert.NotNull(await host.OpenTaskAsync(lab.Id, "next"));
    }

    [Fact]
    public async Task Skip_IsRefused_ForCoordinator()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");

        var refused = await Assert.ThrowsAsync<LabDomainException>(() => host.Tasks.SkipAsync(task.Id, LabTestHost.Coordinator1.Id, "Orkar inte", null, host.Token));

        Assert.Equal(LabErrors.Forbidden, refused.Code);
        Assert.True((await host.OpenTaskAsync(lab.Id, "report")).IsOpen);
    }

    [Fact]
    public async Task Permissions_CoordinatorOfAnotherAdministration_CannotSeeOrComplete()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");

        var see = await Assert.ThrowsAsync<LabDomainException>(() => host.Tasks.GetAsync(task.Id, LabTestHost.OtherCoordinator.Id, host.Token));
        var complete = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Tasks.CompleteAsync(task.Id, LabTestHost.OtherCoordinator.Id, null, LabTestHost.Answers("""{ "interviews": 3, "summary": "Tre." }"""), host.Token));
        var labTasks = await host.Tasks.ListForLabAsync(lab.Id, LabTestHost.OtherCoordinator.Id, host.Token);

        Assert.Equal(LabErrors.Forbidden, see.Code);
        Assert.Equal($"You cannot see task {task.Id}: it belongs to work (a lab, a conference …) of another administration, or you are not among its people.", see.Message);
        Assert.Equal(LabErrors.Forbidden, complete.Code);
        Assert.Empty(labTasks);
        Assert.Equal(LabTaskStatus.Open, (await host.Tasks.GetAsync(task.Id, LabTestHost.Sponsor.Id, host.Token)).Status);
    }

    [Fact]
    public async Task Comment_IsKeptOnTask_ForSomeoneWhoCanSeeIt()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");

        var commented = await host.Tasks.CommentAsync(task.Id, LabTestHost.Sponsor.Id, "Bra start!", host.Token);

        var comment = Assert.Single(commented.Comments);
        Assert.Equal((LabTestHost.Sponsor.Id, "Bra start!"), (comment.AuthorId, comment.Text));
    }

    [Fact]
    public async Task AddAdHocTask_CreatesTaskWithoutStep_ThatCompletesOnItsOwn()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);

        var task = await host.Tasks.AddAdHocTaskAsync(
            new AdHocTaskRequest(lab.Id, Workflows.Definitions.LocalizedText.Of("Boka lokal"), LabTestHost.Coordinator1.Id, new DateOnly(2026, 6, 6)),
            LabTestHost.Facilitator.Id,
            host.Token);
        var result = await host.Tasks.CompleteAsync(task.Id, LabTestHost.Coordinator1.Id, null, null, host.Token);

        Assert.Equal(TaskKinds.AdHoc, task.Kind);
        Assert.Equal(new DateOnly(2026, 6, 5), task.Due);
        Assert.Equal(TaskCompletionStatus.Completed, result.Status);
        Assert.Contains(await host.TasksOfAsync(lab.Id), t => t.ActivityId == "report" && t.IsOpen);
    }

    [Fact]
    public async Task UnknownRole_FaultsStepWithClearIncident_WhenNobodyHasIt()
    {
        await using var host = new LabTestHost();
        var flow = LabTestHost.Flow(
            """{ "id": "hr", "type": "UserTask", "inputs": { "title": "HR-data", "assignee": { "role": "HR" } } }""",
            """[ { "from": "start", "to": "hr" } ]""");

        var lab = await host.LaunchAsync(flow);

        var instance = await host.InstanceAsync(lab.Id);
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Equal(
            "UserTask 'hr': input 'assignee': nobody has role HR in lab 'Jämlik rekrytering' or its administration 'grundskoleforvaltningen'. Add a person with that role to the lab, then retry the step.",
            Assert.Single(instance.State.Incidents).Message);
        Assert.Empty(await host.TasksOfAsync(lab.Id));
    }
}
