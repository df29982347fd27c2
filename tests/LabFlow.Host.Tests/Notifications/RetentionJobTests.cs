using System.Text.Json.Nodes;
using LabFlow.Activities.Notifications;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Notifications;
using LabFlow.Host.Infrastructure.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Tests.Notifications;

public sealed class RetentionJobTests
{
    private const string WithForm = """
        "title": "Rapportera intervjuer",
        "assignee": { "person": "kim@goteborg.example" },
        "due": { "daysAfterStart": 16 },
        "form": [ { "key": "summary", "type": "LongText", "label": "Sammanfattning", "required": true } ]
        """;

    [Fact]
    public async Task RunAsync_ClearsNothing_WhenNoPeriodIsSet()
    {
        await using var host = await NotificationsTestHost.StartAsync();
        var taskId = await FinishedLabTaskAsync(host);
        host.Time.Advance(TimeSpan.FromDays(3650));

        await RunRetentionAsync(host);

        Assert.NotNull((await host.InScopeAsync(sp => sp.GetRequiredService<ITaskStore>().FindAsync(taskId, CancellationToken.None)))!.Answers);
        Assert.Empty(await host.Get<IRetentionLog>().ListAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_ClearsFinishedLabsAndRecordsRun_WhenPeriodIsSet()
    {
        await using var host = await NotificationsTestHost.StartAsync(new Dictionary<string, string?> { ["LabFlow:Retention:Period"] = "730.00:00:00" });
        var taskId = await FinishedLabTaskAsync(host);
        host.Time.Advance(TimeSpan.FromDays(731));

        await RunRetentionAsync(host);

        var task = await host.InScopeAsync(sp => sp.GetRequiredService<ITaskStore>().FindAsync(taskId, CancellationToken.None));
        Assert.Null(task!.Answers);
        var run = Assert.Single(await host.Get<IRetentionLog>().ListAsync(10, CancellationToken.None));
        Assert.Equal((1, 1), (run.LabIds.Count, run.TaskAnswersCleared));
        Assert.Equal(TimeSpan.FromDays(730), run.Period);
    }

    [Theory]
    [InlineData("LabFlow:Retention:Period", "7.00:00:00", "LabFlow:Retention:Period must be at least 30 days (for example 730.00:00:00 for two years), or left unset to keep everything; it is 7.00:00:00.")]
    [InlineData("LabFlow:Notifications:Interval", "00:07:00", "LabFlow:Notifications:Interval must be a whole number of minutes that divides an hour (00:01:00, 00:05:00, 00:15:00, 01:00:00 …); it is 00:07:00.")]
    [InlineData("LabFlow:Notifications:OverdueNoticeDays", "0", "LabFlow:Notifications:OverdueNoticeDays must be between 1 and 60 (default 3).")]
    public void Options_NameTheSetting_WhenItIsWrong(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddLabFlowNotifications();
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = provider.GetRequiredService<IOptions<RetentionOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<NotificationOptions>>().Value;
        });

        Assert.Equal(message, Assert.Single(exception.Failures));
    }

    [Fact]
    public void Options_AreOffAndEveryFiveMinutes_WhenNothingIsSet()
    {
        var options = new RetentionOptions();
        var notifications = new NotificationOptions();

        Assert.Null(options.Period);
        Assert.Equal("*/5 * * * *", notifications.IntervalCron);
        Assert.Equal(3, notifications.OverdueNoticeDays);
    }

    private static async Task RunRetentionAsync(NotificationsTestHost host) =>
        await host.InScopeAsync(async sp =>
        {
            var job = sp.GetServices<ILabFlowRecurringJob>().Single(j => j.Id == RetentionJob.JobId);
            await job.RunAsync(CancellationToken.None);
            return job;
        });

    private static async Task<Guid> FinishedLabTaskAsync(NotificationsTestHost host)
    {
        var lab = await host.LaunchAsync(WithForm);
        var task = await host.TaskAsync(lab.Id);
        var result = await host.InScopeAsync(sp => sp.GetRequiredService<TaskService>().CompleteAsync(
            task.Id, NotificationsTestHost.Kim.Id, null, new JsonObject { ["summary"] = "Fem intervjuer" }, CancellationToken.None));
        Assert.Equal(TaskCompletionStatus.Completed, result.Status);
        return task.Id;
    }
}
