using System.Net;
using LabFlow.Activities.Email;
using MimeKit;
using netDumbster.smtp;

namespace LabFlow.Host.Tests.Email;

public sealed class EmailDeliveryServiceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("labflow-email-").FullName;

    [Theory]
    [InlineData("sv", "Ny uppgift: Intervjua medarbetare (Jämlik rekrytering)", "Öppna uppgiften", "SUMMARY:Sista dag: Intervjua medarbetare")]
    [InlineData("en", "New task: Intervjua medarbetare (Jämlik rekrytering)", "Open the task", "SUMMARY:Due: Intervjua medarbetare")]
    public async Task SendDueAsync_DeliversTaskAssignedWithLinkAndCalendar_WhenSmtpServerRuns(
        string culture, string subject, string button, string summary)
    {
        using var server = StartServer();
        await using var host = EmailTestHost.Create(_folder, EmailTestHost.Smtp(server.Configuration.Port));
        var anna = EmailTestHost.Recipient("Anna", culture);
        await host.DispatchAsync(EmailTestHost.TaskAssigned(anna));

        var result = await host.Delivery.SendDueAsync(CancellationToken.None);

        Assert.Equal(new(1, 0), result);
        var received = Assert.Single(server.ReceivedEmail);
        var message = await MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(received.Data)));
        var row = Assert.Single(await host.RowsAsync());
        Assert.Equal(subject, message.Subject);
        Assert.Equal("anna@goteborg.example", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("labflow@goteborg.example", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal(row.MessageId, message.MessageId);
        var link = $"https://labflow.goteborg.example/tasks/{EmailTestHost.TaskId}";
        Assert.Contains($"<a href=\"{link}\"", message.HtmlBody!, StringComparison.Ordinal);
        Assert.Contains(button, message.HtmlBody!, StringComparison.Ordinal);
        Assert.Contains(link, message.TextBody!, StringComparison.Ordinal);
        var calendar = Assert.IsAssignableFrom<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal("deadline.ics", calendar.FileName);
        Assert.Equal("text/calendar", calendar.ContentType.MimeType);
        using var ics = new MemoryStream();
        await calendar.Content!.DecodeToAsync(ics);
        var text = System.Text.Encoding.UTF8.GetString(ics.ToArray()).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains($"UID:task-{EmailTestHost.TaskId:N}@labflow.goteborg.example", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20250314", text, StringComparison.Ordinal);
        Assert.Contains(summary, text, StringComparison.Ordinal);
        Assert.Equal(EmailStatus.Sent, row.Status);
        Assert.Equal(host.Time.GetUtcNow(), row.SentAt);
    }

    [Fact]
    public async Task SendDueAsync_KeepsEmailsWaitingWithBackOff_WhenSmtpServerIsDown()
    {
        await using var host = EmailTestHost.Create(_folder, EmailTestHost.Smtp(EmailTestHost.UnusedPort()));
        await host.DispatchAsync(EmailTestHost.TaskAssigned(
            EmailTestHost.Recipient("Anna", "sv"), EmailTestHost.Recipient("Bo", "sv"), EmailTestHost.Recipient("Sam", "en")));
        var start = host.Time.GetUtcNow();

        var first = await host.Delivery.SendDueAsync(CancellationToken.None);
        var tooEarly = await host.Delivery.SendDueAsync(CancellationToken.None);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await host.Delivery.SendDueAsync(CancellationToken.None);

        Assert.Equal(new(0, 3), first);
        Assert.Equal(new(0, 0), tooEarly);
        Assert.Equal(new(0, 3), second);
        var rows = await host.RowsAsync();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Equal(EmailStatus.FailedRetrying, row.Status);
            Assert.Equal(2, row.Attempts);
            Assert.Equal(start + TimeSpan.FromMinutes(1) + TimeSpan.FromMinutes(2), row.NextAttemptAt);
            Assert.Equal("Cannot reach the SMTP server: ConnectionRefused.", row.LastError);
            Assert.Null(row.SentAt);
        });
    }

    [Fact]
    public async Task SendDueAsync_DeliversEveryEmailExactlyOnce_WhenServerComesBackAfterBackOff()
    {
        var port = EmailTestHost.UnusedPort();
        await using var host = EmailTestHost.Create(_folder, EmailTestHost.Smtp(port));
        await host.DispatchAsync(EmailTestHost.TaskAssigned(
            EmailTestHost.Recipient("Anna", "sv"), EmailTestHost.Recipient("Bo", "sv"), EmailTestHost.Recipient("Sam", "en")));
        await host.Delivery.SendDueAsync(CancellationToken.None);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Delivery.SendDueAsync(CancellationToken.None);

        using var server = StartServer(port);
        var notYet = await host.Delivery.SendDueAsync(CancellationToken.None);
        host.Time.Advance(TimeSpan.FromMinutes(2));
        var delivered = await host.Delivery.SendDueAsync(CancellationToken.None);
        host.Time.Advance(TimeSpan.FromHours(2));
        var afterwards = await host.Delivery.SendDueAsync(CancellationToken.None);

        Assert.Equal(new(0, 0), notYet);
        Assert.Equal(new(3, 0), delivered);
        Assert.Equal(new(0, 0), afterwards);
        var rows = await host.RowsAsync();
        Assert.All(rows, row => Assert.Equal(EmailStatus.Sent, row.Status));
        Assert.All(rows, row => Assert.Equal(3, row.Attempts));
        var messageIds = server.ReceivedEmail.Select(m => m.Headers["Message-ID"]).ToList();
        Assert.Equal(3, messageIds.Count);
        Assert.Equal(rows.Select(r => $"<{r.MessageId}>").Order(), messageIds.Order());
        Assert.Equal(3, messageIds.Distinct().Count());
        Assert.Equal(
            ["anna@goteborg.example", "bo@goteborg.example", "sam@goteborg.example"],
            server.ReceivedEmail.Select(m => Assert.Single(m.ToAddresses).Address).Order());
    }

    [Fact]
    public async Task SendDueAsync_WritesEmlFileThatMimeKitReadsBack_WhenNoSmtpHostIsSet()
    {
        await using var host = EmailTestHost.Create(_folder, new Dictionary<string, string?>());
        await host.DispatchAsync(EmailTestHost.TaskAssigned(EmailTestHost.Recipient("Anna", "sv")));

        var result = await host.Delivery.SendDueAsync(CancellationToken.None);

        Assert.Equal(new(1, 0), result);
        var row = Assert.Single(await host.RowsAsync());
        var file = Assert.Single(Directory.GetFiles(Path.Combine(host.DataPath, "mail-pickup")));
        Assert.Equal($"{row.Id:N}.eml", Path.GetFileName(file));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(row.MessageId, message.MessageId);
        Assert.Equal("Ny uppgift: Intervjua medarbetare (Jämlik rekrytering)", message.Subject);
        Assert.Equal("labflow@localhost", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal(row.TextBody, message.TextBody!.ReplaceLineEndings("\n").TrimEnd());
        Assert.Equal("deadline.ics", Assert.Single(message.Attachments).ContentDisposition!.FileName);
        Assert.Equal(EmailStatus.Sent, row.Status);
    }

    [Fact]
    public async Task SendDueAsync_SendsInvitationAsMeetingRequest_WhenTemplateIsWorkshopInvitation()
    {
        using var server = StartServer();
        await using var host = EmailTestHost.Create(_folder, EmailTestHost.Smtp(server.Configuration.Port));
        await host.DispatchAsync(new EmailRequested(
            Guid.NewGuid(),
            EmailTestHost.InstanceId,
            null,
            EmailTemplates.WorkshopInvitation,
            [EmailTestHost.Recipient("Anna", "sv")],
            new System.Text.Json.Nodes.JsonObject
            {
                ["workshopId"] = "kickoff",
                ["workshopTitle"] = "Uppstartsworkshop",
                ["startsAt"] = "2025-03-18T09:00:00",
                ["endsAt"] = "2025-03-18T12:00:00",
            }));

        await host.Delivery.SendDueAsync(CancellationToken.None);

        var message = await MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Assert.Single(server.ReceivedEmail).Data)));
        var alternative = Assert.IsType<MultipartAlternative>(Assert.IsType<Multipart>(message.Body)[0]);
        var inline = Assert.IsAssignableFrom<MimePart>(alternative.Last());
        Assert.Equal("text/calendar", inline.ContentType.MimeType);
        Assert.Equal("REQUEST", inline.ContentType.Parameters["method"]);
        Assert.Equal("invitation.ics", Assert.Single(message.Attachments).ContentDisposition!.FileName);
        Assert.Equal("Inbjudan: Uppstartsworkshop tisdag 18 mars 2025", message.Subject);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static SimpleSmtpServer StartServer(int? port = null)
    {
        var configuration = netDumbster.smtp.Configuration.Configure().WithAddress(IPAddress.Loopback);
        return (port is { } fixedPort ? configuration.WithPort(fixedPort) : configuration.WithRandomPort()).Build();
    }
}
