using LabFlow.Activities.Collections;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.Notifications;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Collections;

public sealed class CollectionTaskTests
{
    // Closes at the end of Friday 5 June 2026 (the default reminder two days before: 3 June); the coordinators Kim and Lo take part.
    private const string Board = """
        "title": { "sv": "Idéer om rekrytering", "en": "Ideas on recruitment" },
        "participants": { "role": "Coordinator" },
        "closes": { "daysAfterStart": 4 },
        "form": [ { "key": "idea", "type": "Text", "label": "Idé", "required": true } ]
        """;

    [Fact]
    public async Task Open_CreatesOneTaskPerParticipantDueOnLastDay_WhenBoardOpens()
    {
        await using var host = new NotificationTestHost();

        var lab = await host.LaunchAsync(Board, type: "CollectIdeas");

        var collection = await CollectionAsync(host, lab);
        var tasks = await host.Get<ITaskStore>().ListByLabAsync(lab.Id, host.Token);
        Assert.Equal(
            [NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id],
            tasks.Select(t => t.AssigneeId!.Value).Order());
        Assert.All(tasks, t =>
        {
            Assert.Equal(new DateOnly(2026, 6, 5), t.Due);
            Assert.Equal(collection.Id, CollectionTasks.CollectionOf(t));
            Assert.Equal([new DateTimeOffset(2026, 6, 3, 6, 0, 0, TimeSpan.Zero)], t.Reminders);
            Assert.True(t.IsOpen);
        });
        Assert.Empty(await host.EmailsAsync(EmailTemplates.TaskAssigned));
        Assert.Equal(2, (await host.EmailsAsync(EmailTemplates.CollectionOpened)).Count);
    }

    [Fact]
    public async Task SendDueAsync_RemindsEachParticipantOnce_WhenBoardClosesInTwoDays()
    {
        await using var host = new NotificationTestHost();
        await host.LaunchAsync(Board, type: "CollectIdeas");
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 3, 6, 0, 0, TimeSpan.Zero));

        var first = await host.RemindAsync();
        var again = await host.RemindAsync();

        Assert.Equal(2, first);
        Assert.Equal(0, again);
        var emails = await host.EmailsAsync(EmailTemplates.TaskReminder);
        Assert.Equal(["kim@example.se", "lo@example.se"], emails.Select(e => e.RecipientAddress));
        Assert.Contains("Idéer om rekrytering", emails[0].Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CloseAsync_ClosesEveryParticipantsTask_WhenFacilitatorClosesBoard()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(Board, type: "CollectIdeas");
        var collection = await CollectionAsync(host, lab);

        await host.Get<CollectionService>().CloseAsync(collection.Id, NotificationTestHost.Facilitator.Id, host.Token);

        var tasks = await host.Get<ITaskStore>().ListByLabAsync(lab.Id, host.Token);
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(LabTaskStatus.Closed, t.Status));
        host.Time.SetUtcNow(new DateTimeOffset(2026, 6, 3, 6, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await host.RemindAsync());
    }

    [Fact]
    public async Task CompleteAsync_RefusesWithBoardLink_WhenTaskBelongsToBoard()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(Board, type: "CollectIdeas");
        var collection = await CollectionAsync(host, lab);
        var task = (await host.Get<ITaskStore>().ListByLabAsync(lab.Id, host.Token)).First(t => t.AssigneeId == NotificationTestHost.Kim.Id);

        var refusal = await Assert.ThrowsAsync<LabDomainException>(() => host.Tasks.CompleteAsync(task.Id, NotificationTestHost.Kim.Id, null, null, host.Token));

        Assert.Equal(LabErrors.Invalid, refusal.Code);
        Assert.Contains($"/collections/{collection.Id}", refusal.Message, StringComparison.Ordinal);
        Assert.True((await CollectionAsync(host, lab)).IsOpen);
    }

    [Fact]
    public async Task ExtendAsync_MovesTasksAndReminders_WhenFacilitatorExtendsBoard()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(Board, type: "CollectIdeas");
        var collection = await CollectionAsync(host, lab);

        await host.Get<IdeaBoardService>().ExtendAsync(collection.Id, new DateOnly(2026, 6, 10), NotificationTestHost.Facilitator.Id, host.Token);

        var tasks = await host.Get<ITaskStore>().ListByLabAsync(lab.Id, host.Token);
        Assert.All(tasks, t =>
        {
            Assert.Equal(new DateOnly(2026, 6, 10), t.Due);
            Assert.Equal([new DateTimeOffset(2026, 6, 3, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 8, 6, 0, 0, TimeSpan.Zero)], t.Reminders);
            Assert.Equal(TaskHistoryKind.DueDateMoved, t.History[^1].Kind);
        });
    }

    [Fact]
    public async Task Timer_ClosesIdeaTasksAndOpensVoteTasks_WhenIdeaWindowEnds()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(LabTestHost.Flow(
            """
            { "id": "collect", "type": "CollectIdeas",
              "inputs": { "title": "Idéer", "closes": { "daysAfterStart": 4 },
                          "form": [ { "key": "idea", "type": "Text", "label": "Idé", "required": true } ] } },
            { "id": "vote", "type": "DotVote", "inputs": { "title": "Rösta", "source": "collect", "closes": { "daysAfterStart": 7 } } }
            """,
            """[ { "from": "start", "to": "collect" }, { "from": "collect", "to": "vote" } ]"""));

        await host.AdvanceAsync(new DateTimeOffset(2026, 6, 5, 22, 0, 1, TimeSpan.Zero) - host.Time.GetUtcNow());

        var tasks = await host.TasksOfAsync(lab.Id);
        var ideaTasks = tasks.Where(t => t.ActivityId == "collect").ToList();
        var voteTasks = tasks.Where(t => t.ActivityId == "vote").ToList();
        Assert.NotEmpty(ideaTasks);
        Assert.All(ideaTasks, t => Assert.Equal(LabTaskStatus.Closed, t.Status));
        Assert.Equal(ideaTasks.Select(t => t.AssigneeId).Order(), voteTasks.Select(t => t.AssigneeId).Order());
        Assert.All(voteTasks, t => Assert.True(t.IsOpen));
        Assert.All(voteTasks, t => Assert.Equal(new DateOnly(2026, 6, 8), t.Due));
    }

    private static async Task<LabCollection> CollectionAsync(NotificationTestHost host, Lab lab) =>
        await host.Get<ICollectionStore>().FindByActivityAsync(lab.Id, "report", host.Token) ?? throw new InvalidOperationException("The board did not open.");
}
