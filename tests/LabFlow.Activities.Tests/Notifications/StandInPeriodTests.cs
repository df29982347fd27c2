using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Tests.Notifications;

/// <summary>
/// A stand-in acts for the away person only while the stand-in period lasts: afterwards the task is the away
/// person's again, and My tasks lists the stand-in's tasks apart from those they are merely kept informed of.
/// </summary>
public sealed class StandInPeriodTests
{
    // Kim's task, created when the lab launches on Monday 1 June 2026, inside Kim's period away (25 May–5 June).
    private const string Report = """
        "title": { "sv": "Rapportera intervjuer", "en": "Report interviews" },
        "assignee": { "person": "kim@example.se" },
        "due": { "daysAfterStart": 16 },
        "form": [ { "key": "note", "type": "Text", "label": "Anteckning" } ]
        """;

    [Fact]
    public async Task CompleteAsync_IsRefusedWithTheCodedReason_WhenTheStandInPeriodHasEnded()
    {
        // Arrange
        await using var host = await HostWithKimAwayAsync();
        var task = await host.TaskAsync((await host.LaunchAsync(Report)).Id);
        host.SetStockholmTime(new DateOnly(2026, 6, 8), 9);

        // Act
        var refusal = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Tasks.CompleteAsync(task.Id, NotificationTestHost.Lo.Id, null, new JsonObject { ["note"] = "Klart" }, host.Token));

        // Assert
        Assert.Equal(LabErrors.Forbidden, refusal.Code);
        Assert.Equal(
            "Din tid som ersättare för Kim Samordnare är slut, så du kan inte längre slutföra uppgiften 'Rapportera intervjuer' åt hen. Kim Samordnare gör den själv, eller be processledaren att ge den till dig.",
            refusal.Text.In("sv"));
        Assert.Equal(LabTaskStatus.Open, (await host.TaskAsync(task.LabId)).Status);
        Assert.False(await host.Tasks.MayCompleteAsync(task, NotificationTestHost.Lo.Id, host.Token));
        Assert.True(await host.Tasks.MayCompleteAsync(task, NotificationTestHost.Kim.Id, host.Token));
    }

    [Fact]
    public async Task CompleteAsync_IsRefused_WhenTheAwayPersonRemovedTheirStandInBeforeThePeriodsEnd()
    {
        // Arrange
        await using var host = await HostWithKimAwayAsync();
        var task = await host.TaskAsync((await host.LaunchAsync(Report)).Id);
        await host.Get<IStandIns>().RemoveAsync(NotificationTestHost.Kim.Id, host.Token);

        // Act
        var refusal = await Assert.ThrowsAsync<LabDomainException>(() =>
            host.Tasks.CompleteAsync(task.Id, NotificationTestHost.Lo.Id, null, new JsonObject { ["note"] = "Klart" }, host.Token));

        // Assert
        Assert.Equal("standin.period_over", refusal.Text.Code);
    }

    [Fact]
    public async Task ListStandingInAsync_ListsTheTaskWithTheAwayPersonsName_OnlyWhileThePeriodLasts()
    {
        // Arrange
        await using var host = await HostWithKimAwayAsync();
        var task = await host.TaskAsync((await host.LaunchAsync(Report)).Id);
        var myTasks = host.Get<MyTasksService>();

        // Act
        var during = await myTasks.ListStandingInAsync(NotificationTestHost.Lo.Id, host.Token);
        host.SetStockholmTime(new DateOnly(2026, 6, 8), 9);
        var after = await myTasks.ListStandingInAsync(NotificationTestHost.Lo.Id, host.Token);

        // Assert
        var item = Assert.Single(during);
        Assert.Equal((task.Id, NotificationTestHost.Kim.Id, "Kim Samordnare"), (item.Task.Id, item.AwayPersonId, item.AwayName));
        Assert.Empty(after);
        Assert.Empty(await myTasks.ListStandingInAsync(NotificationTestHost.Kim.Id, host.Token));
    }

    private static async Task<NotificationTestHost> HostWithKimAwayAsync()
    {
        var host = new NotificationTestHost();
        await host.Get<IStandIns>().SetAsync(new StandIn(NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, new DateOnly(2026, 5, 25), new DateOnly(2026, 6, 5)), host.Token);
        return host;
    }
}
