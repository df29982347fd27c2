using LabFlow.Activities.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Tests.Email;

public sealed class EmailHostingExtensionsTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("labflow-email-").FullName;

    [Fact]
    public async Task DispatchAsync_AddsNoDuplicateRows_WhenTheSameEffectIsDispatchedAgain()
    {
        await using var host = EmailTestHost.Create(_folder, new Dictionary<string, string?>());
        var request = EmailTestHost.TaskAssigned(EmailTestHost.Recipient("Anna", "sv"), EmailTestHost.Recipient("Sam", "en"));

        await host.DispatchAsync(request);
        var first = await host.RowsAsync();
        host.Time.Advance(TimeSpan.FromMinutes(3));
        await host.DispatchAsync(request);
        await host.DispatchAsync(request with { });

        var rows = await host.RowsAsync();
        Assert.Equal(2, rows.Count);
        Assert.Equal(first.Select(r => r.MessageId).Order(), rows.Select(r => r.MessageId).Order());
        Assert.All(rows, row => Assert.Equal(request.Id, row.RequestId));
    }

    [Fact]
    public async Task StartAsync_SendsEnqueuedEmailWithoutWaitingForThePoll_WhenDeliveryLoopRuns()
    {
        using var server = netDumbster.smtp.Configuration.Configure().WithAddress(System.Net.IPAddress.Loopback).WithRandomPort().Build();
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.MessageReceived += (_, _) => received.TrySetResult();
        await using var host = EmailTestHost.Create(_folder, EmailTestHost.Smtp(server.Configuration.Port));
        await host.Host.StartAsync();

        // The fake clock never moves, so only the wake-up from the enqueue can start the run that sends it.
        await host.DispatchAsync(EmailTestHost.TaskAssigned(EmailTestHost.Recipient("Anna", "sv")));

        await received.Task.WaitAsync(Timeout);
        Assert.Equal(1, server.ReceivedEmailCount);
        await host.Host.StopAsync();
        Assert.Equal(EmailStatus.Sent, Assert.Single(await host.RowsAsync()).Status);
    }

    [Theory]
    [InlineData("LabFlow:Email:SmtpPort", "0", "LabFlow:Email:SmtpPort must be between 1 and 65535 (was 0).")]
    [InlineData("LabFlow:Email:FromAddress", "not an address", "LabFlow:Email:FromAddress must be an email address such as labflow@goteborg.se (was 'not an address').")]
    [InlineData("LabFlow:Email:Username", "labflow", "LabFlow:Email:Username and LabFlow:Email:Password must be set together (only one of them is set).")]
    [InlineData("LabFlow:Email:FirstRetryDelay", "-00:01:00", "LabFlow:Email:FirstRetryDelay must be a positive time span such as 00:01:00 (was -00:01:00).")]
    [InlineData("LabFlow:Email:MaxRetryDelay", "00:00:30", "LabFlow:Email:MaxRetryDelay must not be shorter than LabFlow:Email:FirstRetryDelay (00:00:30 < 00:01:00).")]
    [InlineData("LabFlow:Email:BatchSize", "5000", "LabFlow:Email:BatchSize must be between 1 and 1000 (was 5000).")]
    [InlineData("LabFlow:Email:ClaimDuration", "00:05:00", "LabFlow:Email:ClaimDuration must be longer than LabFlow:Email:BatchSize × LabFlow:Email:SendTimeout (00:05:00 <= 00:20:00), or two runs may send the same email.")]
    [InlineData("LabFlow:PublicBaseUrl", "labflow.goteborg.se", "LabFlow:PublicBaseUrl must be an absolute http or https URL without query, such as https://labflow.goteborg.se (was 'labflow.goteborg.se').")]
    public async Task StartAsync_StopsNamingTheSetting_WhenASettingIsWrong(string setting, string value, string message)
    {
        await using var host = EmailTestHost.Create(_folder, new Dictionary<string, string?> { [setting] = value });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.Host.StartAsync());

        Assert.Equal([message], exception.Failures);
    }

    [Fact]
    public async Task StartAsync_ReportsEveryWrongSettingAtOnce_WhenSeveralAreWrong()
    {
        await using var host = EmailTestHost.Create(_folder, new Dictionary<string, string?>
        {
            ["LabFlow:Email:SmtpPort"] = "70000",
            ["LabFlow:Email:Password"] = "secret",
            ["LabFlow:Email:FromName"] = " ",
        });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.Host.StartAsync());

        Assert.Equal(
            [
                "LabFlow:Email:SmtpPort must be between 1 and 65535 (was 70000).",
                "LabFlow:Email:Username and LabFlow:Email:Password must be set together (only one of them is set).",
                "LabFlow:Email:FromName must not be empty.",
            ],
            exception.Failures);
    }

    [Fact]
    public async Task Build_ChoosesSenderBySmtpHost_WhenSettingsDiffer()
    {
        await using var pickup = EmailTestHost.Create(_folder, new Dictionary<string, string?>());
        await using var smtp = EmailTestHost.Create(_folder, EmailTestHost.Smtp(25));

        Assert.IsType<LabFlow.Host.Infrastructure.Email.PickupFolderEmailSender>(
            pickup.Host.Services.GetRequiredService<LabFlow.Host.Infrastructure.Email.IEmailSender>());
        Assert.IsType<LabFlow.Host.Infrastructure.Email.MailKitEmailSender>(
            smtp.Host.Services.GetRequiredService<LabFlow.Host.Infrastructure.Email.IEmailSender>());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
