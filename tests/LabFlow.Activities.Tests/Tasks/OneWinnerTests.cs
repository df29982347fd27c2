using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Journal;

namespace LabFlow.Activities.Tests.Tasks;

/// <summary>
/// Every command has one winner: the one that comes second meets what the first did and is refused with a code the
/// API answers 409, and applies nothing. (The same races run for real on two processes in the Host tests.)
/// </summary>
public sealed class OneWinnerTests
{
    private static readonly string Flow = LabTestHost.Flow(
        """
        { "id": "report", "type": "UserTask", "phase": "explore",
          "inputs": { "title": "Rapportera intervjuer", "assignee": { "role": "Coordinator" }, "due": { "daysAfterStart": 18 } } },
        { "id": "next", "type": "UserTask", "phase": "explore", "inputs": { "title": "Nästa steg", "assignee": { "role": "Facilitator" } } }
        """,
        """[ { "from": "start", "to": "report" }, { "from": "report", "to": "next" } ]""",
        phases: """[ { "id": "explore", "name": "Utforska" } ]""");

    [Fact]
    public async Task SkipAsync_ThrowsNotOpenAndAppliesNothing_WhenTheStepWasCompletedFirst()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(Flow);
        var task = await ClaimedReportAsync(host, lab);
        await host.Tasks.CompleteAsync(task.Id, LabTestHost.Coordinator1.Id, null, null, host.Token);

        var refused = await Assert.ThrowsAsync<LabDomainException>(() => host.Tasks.SkipAsync(task.Id, LabTestHost.Facilitator.Id, "Behövs inte", null, host.Token));

        Assert.Equal(LabErrors.NotOpen, refused.Code);
        Assert.Equal("Task 'Rapportera intervjuer' was already completed; there is nothing to skip.", refused.Message);
        var stored = await host.Get<ITaskStore>().FindAsync(task.Id, host.Token);
        Assert.DoesNotContain(stored!.History, h => h.Kind == TaskHistoryKind.Skipped);
        Assert.Single(await host.JournalAsync(lab.Id), e => e.Event == JournalEvent.ActivityCompleted && e.ActivityId == "report");
    }

    [Fact]
    public async Task Commit_RefusesACompletion_WhenTheTaskWasReassignedAfterTheCompleterWasChecked()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(Flow);
        var task = await ClaimedReportAsync(host, lab);
        await host.Tasks.ReassignAsync(task.Id, LabTestHost.Facilitator.Id, LabTestHost.Sponsor.Id, null, host.Token);

        // The completion as TaskService sends it after checking Coordinator 1, arriving after the reassignment.
        var late = await Assert.ThrowsAsync<LabDomainException>(() => host.Runtime.ResumeAsync(
            task.BookmarkId!.Value,
            new ResumePayload(TaskResume.Complete(task.Id, ConnectionDefinition.DefaultOutcome, null, LabTestHost.Coordinator1.Id), LabTestHost.Coordinator1.Id.ToString()),
            host.Token));
        var asService = await Assert.ThrowsAsync<LabDomainException>(() => host.Tasks.CompleteAsync(task.Id, LabTestHost.Coordinator1.Id, null, null, host.Token));

        Assert.Equal(LabErrors.Conflict, late.Code);
        Assert.Equal(LabErrors.Conflict, asService.Code);
        Assert.Equal("Task 'Rapportera intervjuer' was reassigned to someone else; only they can complete it now.", asService.Message);
        var stored = await host.Get<ITaskStore>().FindAsync(task.Id, host.Token);
        Assert.True(stored!.IsOpen);
        Assert.Equal(LabTestHost.Sponsor.Id, stored.AssigneeId);
        Assert.DoesNotContain(await host.JournalAsync(lab.Id), e => e.Event == JournalEvent.ActivityCompleted && e.ActivityId == "report");
    }

    [Fact]
    public async Task MoveDueDateAsync_ThrowsTaskConflict_WhenItCarriesAVersionTheTaskNoLongerHas()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(Flow);
        var task = await ClaimedReportAsync(host, lab);
        var moved = await host.Tasks.MoveDueDateAsync(task.Id, LabTestHost.Facilitator.Id, new DateOnly(2026, 6, 23), host.Token, task.Version);

        var stale = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Tasks.MoveDueDateAsync(task.Id, LabTestHost.Facilitator.Id, new DateOnly(2026, 6, 30), host.Token, task.Version));
        var inARow = await host.Tasks.MoveDueDateAsync(task.Id, LabTestHost.Facilitator.Id, new DateOnly(2026, 6, 30), host.Token, moved.Version);

        Assert.Equal(LabErrors.TaskConflict, stale.Code);
        Assert.Equal(
            $"Task 'Rapportera intervjuer' changed after you read it (you sent version {task.Version}; it is now version {moved.Version}; its due date was moved since). Nothing was changed: reload it and try again if your change is still needed.",
            stale.Message);
        Assert.Equal(new DateOnly(2026, 6, 30), inARow.Due);
        Assert.Equal(2, inARow.History.Count(h => h.Kind == TaskHistoryKind.DueDateMoved));
    }

    [Fact]
    public async Task PauseAndResume_ThrowConflict_WhenWhatTheyAskForAlreadyHolds()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(Flow);
        var paused = await host.Labs.PauseAsync(lab.Id, LabTestHost.Facilitator.Id, host.Token);

        var pausedAgain = await Assert.ThrowsAsync<LabDomainException>(() => host.Labs.PauseAsync(lab.Id, LabTestHost.Facilitator.Id, host.Token));
        await host.Labs.ResumeAsync(lab.Id, LabTestHost.Facilitator.Id, host.Token);
        var resumedAgain = await Assert.ThrowsAsync<LabDomainException>(() => host.Labs.ResumeAsync(lab.Id, LabTestHost.Facilitator.Id, host.Token));

        Assert.True(paused.Paused);
        Assert.Equal((LabErrors.Conflict, "Lab 'Jämlik rekrytering' is already paused; someone paused it before you. Nothing was changed."), (pausedAgain.Code, pausedAgain.Message));
        Assert.Equal(LabErrors.Conflict, resumedAgain.Code);
        Assert.False((await host.Labs.GetAsync(lab.Id, LabTestHost.Facilitator.Id, host.Token)).Paused);
    }

    [Fact]
    public async Task MoveStartDateAsync_ThrowsLabConflict_WhenItCarriesAVersionTheLabNoLongerHas()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(Flow);
        await host.Labs.PauseAsync(lab.Id, LabTestHost.Facilitator.Id, host.Token);

        var stale = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Labs.MoveStartDateAsync(lab.Id, new DateOnly(2026, 6, 8), LabTestHost.Facilitator.Id, host.Token, lab.Version));

        Assert.Equal(LabErrors.LabConflict, stale.Code);
        Assert.Equal(LabTestHost.LabStart, (await host.Labs.GetAsync(lab.Id, LabTestHost.Facilitator.Id, host.Token)).StartDate);
    }

    [Fact]
    public async Task Refusals_NameTheLabAndTaskByIdOnly_WhenTheCallerIsOfAnotherAdministration()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(Flow);
        var task = await ClaimedReportAsync(host, lab);
        var outsider = LabTestHost.OtherCoordinator.Id;

        LabDomainException[] refusals =
        [
            await Assert.ThrowsAsync<LabDomainException>(() => host.Labs.PauseAsync(lab.Id, outsider, host.Token)),
            await Assert.ThrowsAsync<LabDomainException>(() => host.Labs.AddPersonAsync(lab.Id, new LabMember(outsider, Role.Participant), outsider, host.Token)),
            await Assert.ThrowsAsync<LabDomainException>(() => host.Tasks.SkipAsync(task.Id, outsider, "x", null, host.Token)),
            await Assert.ThrowsAsync<LabDomainException>(() => host.Tasks.ReassignAsync(task.Id, outsider, outsider, null, host.Token)),
            await Assert.ThrowsAsync<LabDomainException>(() => host.Tasks.DelegateAsync(task.Id, outsider, outsider, null, host.Token)),
            await Assert.ThrowsAsync<LabDomainException>(() => host.Tasks.ClaimAsync(task.Id, outsider, host.Token)),
            await Assert.ThrowsAsync<LabDomainException>(() => host.Tasks.MoveDueDateAsync(task.Id, outsider, new DateOnly(2026, 7, 1), host.Token)),
            await Assert.ThrowsAsync<LabDomainException>(() => host.Tasks.CompleteAsync(task.Id, outsider, null, null, host.Token)),
        ];

        Assert.All(refusals, r => Assert.Equal(LabErrors.Forbidden, r.Code));
        Assert.All(refusals, r => Assert.DoesNotContain("Jämlik rekrytering", r.Message, StringComparison.Ordinal));
        Assert.All(refusals, r => Assert.DoesNotContain("Rapportera", r.Message, StringComparison.Ordinal));
    }

    /// <summary>The report task, claimed by Coordinator 1 (the lab has two coordinators in its administration).</summary>
    private static async Task<LabTask> ClaimedReportAsync(LabTestHost host, Lab lab)
    {
        var task = await host.OpenTaskAsync(lab.Id, "report");
        return task.AssigneeId is null ? await host.Tasks.ClaimAsync(task.Id, LabTestHost.Coordinator1.Id, host.Token) : task;
    }
}
