using LabFlow.Activities.Email;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tests.Notifications;

/// <summary>A person away names a stand-in: tasks created and reminders due in the period go to the stand-in as well.</summary>
public sealed class StandInTests
{
    // Kim's task, due on day 16 (Wednesday 17 June 2026), reminders 7 and 2 days before (10 and 15 June).
    private const string Report = """
        "title": { "sv": "Rapportera intervjuer", "en": "Report interviews" },
        "assignee": { "person": "kim@example.se" },
        "due": { "daysAfterStart": 16 },
        "reminders": [7, 2]
        """;

    [Fact]
    public async Task LaunchAsync_KeepsTheStandInInformedWithAHistoryNote_WhenTheAssigneeIsAwayOnTheDayTheTaskIsCreated()
    {
        await using var host = new NotificationTestHost();
        await host.Get<IStandIns>().SetAsync(
            new StandIn(NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, new DateOnly(2026, 5, 25), new DateOnly(2026, 6, 5)), host.Token);

        var lab = await host.LaunchAsync(Report);

        var task = await host.TaskAsync(lab.Id);
        Assert.Equal(NotificationTestHost.Kim.Id, task.AssigneeId);
        Assert.Equal([NotificationTestHost.Lo.Id], task.Informed);
        var note = Assert.Single(task.History, h => h.Kind == TaskHistoryKind.StandIn);
        Assert.Equal(NotificationTestHost.Kim.Id, note.From);
        Assert.Equal(NotificationTestHost.Lo.Id, note.To);
        Assert.Equal("2026-05-25–2026-06-05", note.Note);
        Assert.Equal(WorkflowActors.System, note.Actor);
    }

    [Fact]
    public async Task LaunchAsync_LeavesTheTaskAlone_WhenThePeriodHasNotStarted()
    {
        await using var host = new NotificationTestHost();
        await host.Get<IStandIns>().SetAsync(
            new StandIn(NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, new DateOnly(2026, 6, 2), new DateOnly(2026, 6, 12)), host.Token);

        var lab = await host.LaunchAsync(Report);

        var task = await host.TaskAsync(lab.Id);
        Assert.Empty(task.Informed);
        Assert.DoesNotContain(task.History, h => h.Kind == TaskHistoryKind.StandIn);
    }

    [Fact]
    public async Task SendDueAsync_SendsTheReminderAndTheTaskToTheStandIn_WhenItFallsDueInThePeriod()
    {
        await using var host = new NotificationTestHost();
        await host.LaunchAsync(Report);
        // Named after the task was created: only the first reminder falls in the period (10 June), not the second one (15 June).
        await host.Get<IStandIns>().SetAsync(
            new StandIn(NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 12)), host.Token);

        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 10, 6, 0, 0, TimeSpan.Zero));
        var inPeriod = await host.RemindAsync();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 15, 6, 0, 0, TimeSpan.Zero));
        var afterPeriod = await host.RemindAsync();

        // The reminder in the period gave Lo the task (StandInRule), so Lo is kept informed of the later one too.
        Assert.Equal(2, inPeriod);
        Assert.Equal(2, afterPeriod);
        Assert.Equal(
            ["kim@example.se", "lo@example.se", "kim@example.se", "lo@example.se"],
            (await host.EmailsAsync(EmailTemplates.TaskReminder)).Select(e => e.RecipientAddress));
    }

    [Fact]
    public async Task AddAdHocTaskAsync_KeepsTheStandInInformed_WhenTheAssigneeIsAwayToday()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(Report);
        await host.Get<IStandIns>().SetAsync(
            new StandIn(NotificationTestHost.Lo.Id, NotificationTestHost.Kim.Id, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)), host.Token);

        var task = await host.Tasks.AddAdHocTaskAsync(
            new AdHocTaskRequest(lab.Id, LocalizedText.Of("Boka lokal"), NotificationTestHost.Lo.Id, new DateOnly(2026, 6, 19)),
            NotificationTestHost.Facilitator.Id,
            host.Token);

        Assert.Equal([NotificationTestHost.Kim.Id], task.Informed);
        Assert.Contains(task.History, h => h.Kind == TaskHistoryKind.StandIn && h.From == NotificationTestHost.Lo.Id && h.To == NotificationTestHost.Kim.Id);
    }

    [Fact]
    public void Problems_NamesEachField_WhenThePersonStandsInForThemselvesAndThePeriodIsBackwards()
    {
        var standIn = new StandIn(NotificationTestHost.Kim.Id, NotificationTestHost.Kim.Id, new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 1));

        var problems = standIn.Problems(today: new DateOnly(2026, 6, 1));

        Assert.Equal("A person cannot stand in for themselves; choose someone else.", problems["standInId"].English);
        Assert.Equal("The period ends (2026-06-01) before it starts (2026-06-10); choose an end date on or after the start.", problems["to"].English);
    }

    [Fact]
    public void Problems_IsEmpty_WhenThePeriodIsCurrent()
    {
        var standIn = new StandIn(NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 14));

        var problems = standIn.Problems(today: new DateOnly(2026, 6, 3));

        Assert.Empty(problems);
        Assert.True(standIn.Covers(new DateOnly(2026, 6, 14)));
        Assert.False(standIn.Covers(new DateOnly(2026, 6, 15)));
    }
}
