using LabFlow.Activities.Email;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Bookmarks;

namespace LabFlow.Activities.Tests.Notifications;

public sealed class TaskEscalationsTests
{
    // Due Wednesday 17 June 2026: seven days overdue on Wednesday 24 June, 08:00 Stockholm (06:00 UTC).
    private const string Escalating = """
        "title": "Rapportera intervjuer",
        "assignee": { "person": "kim@example.se" },
        "due": { "daysAfterStart": 16 },
        "escalation": { "overdueDays": 7, "notify": "Facilitator", "reassignTo": "lo@example.se" }
        """;

    private const string TellOnly = """
        "title": "Rapportera intervjuer",
        "assignee": { "person": "kim@example.se" },
        "due": { "daysAfterStart": 16 },
        "escalation": { "overdueDays": 7 }
        """;

    [Fact]
    public async Task EscalateDueAsync_ReassignsWithHistoryAndTellsFacilitator_WhenOverdueByEscalationDays()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(Escalating);

        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 24, 5, 59, 59, TimeSpan.Zero));
        var early = await host.EscalateAsync();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 24, 6, 0, 0, TimeSpan.Zero));
        var due = await host.EscalateAsync();

        Assert.Equal(0, early);
        Assert.Equal(1, due);
        var task = await host.TaskAsync(lab.Id);
        Assert.Equal(NotificationTestHost.Lo.Id, task.AssigneeId);
        var entry = task.History[^1];
        Assert.Equal(
            new TaskHistoryEntry(host.Time.GetUtcNow(), WorkflowActors.System, TaskHistoryKind.Reassigned, NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, "Overdue by 7 days: escalated."),
            entry);
        var escalated = Assert.Single(await host.EmailsAsync(EmailTemplates.TaskEscalated));
        Assert.Equal("fia@example.se", escalated.RecipientAddress);
        Assert.Equal("En försenad uppgift behöver din hjälp: Rapportera intervjuer (Jämlik rekrytering)", escalated.Subject);
        Assert.Contains("är försenad med 7 dagar. Den är tilldelad Kim Samordnare och skulle ha varit klar onsdag 17 juni 2026.", escalated.TextBody, StringComparison.Ordinal);
        Assert.Contains("Uppgiften har nu flyttats till Lo Samordnare.", escalated.TextBody, StringComparison.Ordinal);
        var assigned = Assert.Single(await host.EmailsAsync(EmailTemplates.TaskAssigned), e => e.RecipientAddress == "lo@example.se");
        Assert.Equal("New task: Rapportera intervjuer (Jämlik rekrytering)", assigned.Subject);
    }

    [Fact]
    public async Task EscalateDueAsync_DoesNothingMore_WhenJobRunsAgainOrAssigneeHandsTaskBack()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(Escalating);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 24, 6, 0, 0, TimeSpan.Zero));
        await host.EscalateAsync();
        var task = await host.TaskAsync(lab.Id);
        await host.Tasks.DelegateAsync(task.Id, NotificationTestHost.Lo.Id, NotificationTestHost.Kim.Id, "Kim is back", host.Token);

        var again = await host.EscalateAsync();

        Assert.Equal(0, again);
        var after = await host.TaskAsync(lab.Id);
        Assert.Equal(NotificationTestHost.Kim.Id, after.AssigneeId);
        Assert.Single(after.History, h => h.Kind == TaskHistoryKind.Reassigned);
        Assert.Single(await host.EmailsAsync(EmailTemplates.TaskEscalated));
    }

    [Fact]
    public async Task EscalateDueAsync_TellsFacilitatorWithoutReassigning_WhenNoReassignTo()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(TellOnly);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 24, 6, 0, 0, TimeSpan.Zero));

        var sent = await host.EscalateAsync();

        Assert.Equal(1, sent);
        Assert.Equal(NotificationTestHost.Kim.Id, (await host.TaskAsync(lab.Id)).AssigneeId);
        var email = Assert.Single(await host.EmailsAsync(EmailTemplates.TaskEscalated));
        Assert.Contains("Du kan påminna, ge mer tid eller flytta uppgiften till någon annan.", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EscalateDueAsync_FollowsMovedDueDate_AndSkipsDoneTasks()
    {
        await using var host = new NotificationTestHost();
        var moved = await host.LaunchAsync(TellOnly);
        var done = await host.LaunchAsync(TellOnly);
        await host.Tasks.MoveDueDateAsync((await host.TaskAsync(moved.Id)).Id, NotificationTestHost.Facilitator.Id, new DateOnly(2026, 6, 24), host.Token);
        await host.Tasks.CompleteAsync((await host.TaskAsync(done.Id)).Id, NotificationTestHost.Kim.Id, null, null, host.Token);

        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 24, 6, 0, 0, TimeSpan.Zero));
        var atOldDate = await host.EscalateAsync();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 7, 1, 6, 0, 0, TimeSpan.Zero));
        var atNewDate = await host.EscalateAsync();

        Assert.Equal(0, atOldDate);
        Assert.Equal(1, atNewDate);
        Assert.Equal(moved.Id, Assert.Single(await host.EmailsAsync(EmailTemplates.TaskEscalated)).InstanceId);
    }

    [Fact]
    public async Task EscalateDueAsync_SendsNothing_WhileLabIsPaused()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(Escalating);
        await host.Labs.PauseAsync(lab.Id, NotificationTestHost.Facilitator.Id, host.Token);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 30, 6, 0, 0, TimeSpan.Zero));

        var sent = await host.EscalateAsync();

        Assert.Equal(0, sent);
        Assert.Equal(NotificationTestHost.Kim.Id, (await host.TaskAsync(lab.Id)).AssigneeId);
    }
}
