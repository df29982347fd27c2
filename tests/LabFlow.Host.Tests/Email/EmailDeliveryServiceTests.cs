using System.Net;
using LabFlow.Activities.Email;
using LabFlow.Host.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
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

    [Fact]
    public async Task SendDueAsync_MarksTheEmailsOfABatchSentInOneWrite_WhenTheServerAcceptsThemAll()
    {
        var store = new MarkRecordingEmailStore(new InMemoryEmailStore());
        await using var host = EmailTestHost.Create(_folder, new Dictionary<string, string?>(), services => services.AddSingleton<IEmailStore>(store));
        await host.DispatchAsync(EmailTestHost.TaskAssigned(
            EmailTestHost.Recipient("Anna", "sv"), EmailTestHost.Recipient("Bo", "sv"), EmailTestHost.Recipient("Sam", "en")));

        var result = await host.Delivery.SendDueAsync(CancellationToken.None);

        Assert.Equal(new(3, 0), result);
        var rows = await host.RowsAsync();
        Assert.Equal(rows.Select(r => r.Id).Order(), Assert.Single(store.SentMarks).Order());
        Assert.All(rows, row => Assert.Equal(EmailStatus.Sent, row.Status));
        Assert.Equal(3, Directory.GetFiles(Path.Combine(host.DataPath, "mail-pickup")).Length);
    }

    [Fact]
    public async Task SendDueAsync_LeavesAnEmailCommittedDuringTheRunToTheNextRun_WhenTheBatchWasNotFull()
    {
        EmailTestHost? host = null;
        var bo = EmailTestHost.TaskAssigned(EmailTestHost.Recipient("Bo", "sv"));
        await using var created = EmailTestHost.Create(_folder, new Dictionary<string, string?>(), services =>
            services.AddSingleton<IEmailSender>(sp => new CommittingEmailSender(sp.GetRequiredService<PickupFolderEmailSender>(), () => host!.DispatchAsync(bo))));
        host = created;
        await host.DispatchAsync(EmailTestHost.TaskAssigned(EmailTestHost.Recipient("Anna", "sv")));

        var first = await host.Delivery.SendDueAsync(CancellationToken.None);
        var waiting = Assert.Single(await host.RowsAsync(), row => row.Status != EmailStatus.Sent);
        var second = await host.Delivery.SendDueAsync(CancellationToken.None);

        // Bo's email was due during the first run, but claiming it there would have cost a claim and a mark for it
        // alone: the loop's next run, woken by its commit, gathers it with whatever else comes.
        Assert.Equal(new(1, 0), first);
        Assert.Equal((EmailStatus.Pending, "bo@goteborg.example"), (waiting.Status, waiting.RecipientAddress));
        Assert.Equal(new(1, 0), second);
        Assert.All(await host.RowsAsync(), row => Assert.Equal(EmailStatus.Sent, row.Status));
    }

    [Fact]
    public async Task SendDueAsync_ClaimsAgainInTheSameRun_WhenTheBatchWasFull()
    {
        var store = new MarkRecordingEmailStore(new InMemoryEmailStore());
        await using var host = EmailTestHost.Create(_folder, new Dictionary<string, string?> { ["LabFlow:Email:BatchSize"] = "2" }, services =>
            services.AddSingleton<IEmailStore>(store));
        await host.DispatchAsync(EmailTestHost.TaskAssigned(
            EmailTestHost.Recipient("Anna", "sv"), EmailTestHost.Recipient("Bo", "sv"), EmailTestHost.Recipient("Sam", "en")));

        var result = await host.Delivery.SendDueAsync(CancellationToken.None);

        Assert.Equal(new(3, 0), result);
        Assert.Equal([2, 1], store.SentMarks.Select(ids => ids.Length));
    }

    [Fact]
    public async Task SendDueAsync_MarksWhatWasAcceptedBeforeTheNextSend_WhenTheServerTakesLongerThanTheMarkWindow()
    {
        var store = new MarkRecordingEmailStore(new InMemoryEmailStore());
        FakeTimeProvider? time = null;
        await using var host = EmailTestHost.Create(_folder, new Dictionary<string, string?>(), services =>
        {
            services.AddSingleton<IEmailStore>(store);
            services.AddSingleton<IEmailSender>(sp => new SlowEmailSender(sp.GetRequiredService<PickupFolderEmailSender>(), time!, EmailDeliveryService.MarkSentWithin));
        });
        time = host.Time;
        await host.DispatchAsync(EmailTestHost.TaskAssigned(
            EmailTestHost.Recipient("Anna", "sv"), EmailTestHost.Recipient("Bo", "sv"), EmailTestHost.Recipient("Sam", "en")));

        var result = await host.Delivery.SendDueAsync(CancellationToken.None);

        Assert.Equal(new(3, 0), result);
        // Anna's send is accepted at 1 s and Bo's at 2 s: before Sam's, Anna has waited the window, so both are marked.
        Assert.Equal([2, 1], store.SentMarks.Select(ids => ids.Length));
        Assert.All(await host.RowsAsync(), row => Assert.Equal(EmailStatus.Sent, row.Status));
    }

    [Fact]
    public async Task SendDueAsync_MarksWhatTheServerAcceptedAndReleasesTheRest_WhenStoppedMidBatch()
    {
        using var stop = new CancellationTokenSource();
        await using var host = EmailTestHost.Create(_folder, new Dictionary<string, string?>(), services =>
            services.AddSingleton<IEmailSender>(sp => new StoppingEmailSender(sp.GetRequiredService<PickupFolderEmailSender>(), stopAfter: 2, stop)));
        await host.DispatchAsync(EmailTestHost.TaskAssigned(
            EmailTestHost.Recipient("Anna", "sv"), EmailTestHost.Recipient("Bo", "sv"), EmailTestHost.Recipient("Sam", "en")));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Delivery.SendDueAsync(stop.Token));

        var rows = await host.RowsAsync();
        var files = Directory.GetFiles(Path.Combine(host.DataPath, "mail-pickup")).Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Equal(2, files.Count);
        Assert.Equal(files.Order(), rows.Where(r => r.Status == EmailStatus.Sent).Select(r => r.Id.ToString("N")).Order());
        var released = Assert.Single(rows, r => r.Status != EmailStatus.Sent);
        Assert.Equal(EmailStatus.FailedRetrying, released.Status);
        Assert.Equal(host.Time.GetUtcNow(), released.NextAttemptAt);
    }

    [Fact]
    public async Task SendDueAsync_StopsTryingARecipientTheServerRefusedForGood_AndSendsTheOthers_AndRetriesATemporaryRefusal()
    {
        await using var server = new ScriptedSmtpServer(address => address switch
        {
            "anna@goteborg.example" => new SmtpReply(550, "5.1.1 Mailbox unavailable"),
            "sam@goteborg.example" => new SmtpReply(451, "4.3.0 Try again later"),
            _ => null,
        });
        await using var host = EmailTestHost.Create(_folder, EmailTestHost.Smtp(server.Port));
        await host.DispatchAsync(EmailTestHost.TaskAssigned(
            EmailTestHost.Recipient("Anna", "sv"), EmailTestHost.Recipient("Bo", "sv"), EmailTestHost.Recipient("Sam", "en")));
        var refusedAt = host.Time.GetUtcNow();

        var first = await host.Delivery.SendDueAsync(CancellationToken.None);
        host.Time.Advance(TimeSpan.FromHours(2));
        var later = await host.Delivery.SendDueAsync(CancellationToken.None);

        Assert.Equal(new(1, 1, 1), first);
        Assert.Equal(new(0, 1, 0), later);
        var rows = (await host.RowsAsync()).ToDictionary(r => r.RecipientName);
        var anna = rows["Anna"];
        Assert.Equal(EmailStatus.Undeliverable, anna.Status);
        Assert.Equal(1, anna.Attempts);
        Assert.Equal(refusedAt, anna.UndeliverableAt);
        Assert.Equal(UndeliverableReasons.MailboxUnavailable, anna.UndeliverableReason);
        Assert.Equal("The SMTP server refused the recipient: 550 MailboxUnavailable.", anna.LastError);
        Assert.Null(anna.SentAt);
        Assert.Equal(EmailStatus.Sent, rows["Bo"].Status);
        var sam = rows["Sam"];
        Assert.Equal((EmailStatus.FailedRetrying, 2, null), (sam.Status, sam.Attempts, sam.UndeliverableReason));
        Assert.StartsWith("The SMTP server refused the recipient: 451 ", sam.LastError, StringComparison.Ordinal);
        Assert.Equal(["bo@goteborg.example"], server.Delivered);
        Assert.Equal(1, server.RecipientsTried.Count(a => a == "anna@goteborg.example"));
        Assert.Equal(2, server.RecipientsTried.Count(a => a == "sam@goteborg.example"));
        Assert.Equal(rows["Sam"].NextAttemptAt, await host.Store.GetNextAttemptAtAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(550, EmailStatus.Undeliverable, UndeliverableReasons.MailboxUnavailable)]
    [InlineData(551, EmailStatus.Undeliverable, UndeliverableReasons.UserNotLocal)]
    [InlineData(553, EmailStatus.Undeliverable, UndeliverableReasons.MailboxNameNotAllowed)]
    [InlineData(554, EmailStatus.Undeliverable, UndeliverableReasons.RecipientRefused)]
    [InlineData(552, EmailStatus.FailedRetrying, null)]
    [InlineData(450, EmailStatus.FailedRetrying, null)]
    [InlineData(452, EmailStatus.FailedRetrying, null)]
    public async Task SendDueAsync_StopsOnlyOnAPermanentRefusalOfTheRecipient_WhenTheServerRefusesIt(int code, EmailStatus status, string? reason)
    {
        await using var server = new ScriptedSmtpServer(_ => new SmtpReply(code, "refused"));
        await using var host = EmailTestHost.Create(_folder, EmailTestHost.Smtp(server.Port));
        await host.DispatchAsync(EmailTestHost.TaskAssigned(EmailTestHost.Recipient("Anna", "sv")));

        await host.Delivery.SendDueAsync(CancellationToken.None);

        var row = Assert.Single(await host.RowsAsync());
        Assert.Equal((status, reason), (row.Status, row.UndeliverableReason));
        Assert.Empty(server.Delivered);
    }

    [Fact]
    public async Task SendDueAsync_KeepsRetryingWithBackOff_WhenTheServerRefusesTheSenderForGood()
    {
        // A refused From address is LabFlow's setting, not the recipient's fault: no person is flagged, and the
        // emails go out once an administrator fixes the setting.
        await using var server = new ScriptedSmtpServer(_ => null, senderReply: new SmtpReply(553, "5.7.1 Sender address rejected"));
        await using var host = EmailTestHost.Create(_folder, EmailTestHost.Smtp(server.Port));
        await host.DispatchAsync(EmailTestHost.TaskAssigned(EmailTestHost.Recipient("Anna", "sv")));
        var start = host.Time.GetUtcNow();

        var result = await host.Delivery.SendDueAsync(CancellationToken.None);

        Assert.Equal(new(0, 1, 0), result);
        var row = Assert.Single(await host.RowsAsync());
        Assert.Equal(EmailStatus.FailedRetrying, row.Status);
        Assert.Equal(start + TimeSpan.FromMinutes(1), row.NextAttemptAt);
        Assert.Equal("The SMTP server refused the sender (LabFlow:Email:FromAddress): 553 MailboxNameNotAllowed.", row.LastError);
        Assert.Null(row.UndeliverableAt);
        Assert.Empty(server.RecipientsTried);
    }

    [Fact]
    public async Task SendDueAsync_SendsARefusedEmailToTheCorrectedAddress_WhenThePersonsAddressChanges()
    {
        await using var server = new ScriptedSmtpServer(address => address == "anna@goteborg.example" ? new SmtpReply(550, "5.1.1 No such user") : null);
        await using var host = EmailTestHost.Create(_folder, EmailTestHost.Smtp(server.Port));
        var anna = EmailTestHost.Recipient("Anna", "sv");
        await host.DispatchAsync(EmailTestHost.TaskAssigned(anna));
        await host.Delivery.SendDueAsync(CancellationToken.None);
        host.Time.Advance(TimeSpan.FromMinutes(5));

        int moved;
        await using (var scope = host.Host.Services.CreateAsyncScope())
        {
            moved = await scope.ServiceProvider.GetRequiredService<WaitingEmails>().FollowAddressChangeAsync(anna.PersonId!.Value, "anna.berg@goteborg.example", CancellationToken.None);
        }

        var result = await host.Delivery.SendDueAsync(CancellationToken.None);

        Assert.Equal(1, moved);
        Assert.Equal(new(1, 0, 0), result);
        var row = Assert.Single(await host.RowsAsync());
        Assert.Equal((EmailStatus.Sent, 2, "anna.berg@goteborg.example"), (row.Status, row.Attempts, row.RecipientAddress));
        Assert.Null(row.UndeliverableAt);
        Assert.Equal(["anna.berg@goteborg.example"], server.Delivered);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The in-memory store, remembering the ids of each <see cref="IEmailStore.MarkSentAsync"/> call.</summary>
    private sealed class MarkRecordingEmailStore(IEmailStore inner) : IEmailStore
    {
        public List<Guid[]> SentMarks { get; } = [];

        public Task<int> AddAsync(IReadOnlyList<EmailMessage> messages, CancellationToken cancellationToken) => inner.AddAsync(messages, cancellationToken);

        public Task<IReadOnlyList<EmailMessage>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset claimedUntil, int maxCount, CancellationToken cancellationToken) =>
            inner.ClaimDueAsync(now, claimedUntil, maxCount, cancellationToken);

        public Task MarkSentAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset sentAt, CancellationToken cancellationToken)
        {
            SentMarks.Add([.. ids]);
            return inner.MarkSentAsync(ids, sentAt, cancellationToken);
        }

        public Task MarkFailedAsync(Guid id, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
            inner.MarkFailedAsync(id, nextAttemptAt, error, cancellationToken);

        public Task MarkUndeliverableAsync(Guid id, DateTimeOffset at, string reason, string error, CancellationToken cancellationToken) =>
            inner.MarkUndeliverableAsync(id, at, reason, error, cancellationToken);

        public Task<IReadOnlyList<EmailRefusal>> ListRefusalsAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken) =>
            inner.ListRefusalsAsync(personIds, cancellationToken);

        public Task<int> ReaddressAsync(Guid personId, string address, DateTimeOffset now, CancellationToken cancellationToken) =>
            inner.ReaddressAsync(personId, address, now, cancellationToken);

        public Task<int> RetryRefusedAsync(Guid personId, string address, DateTimeOffset now, CancellationToken cancellationToken) =>
            inner.RetryRefusedAsync(personId, address, now, cancellationToken);

        public Task<EmailMessage?> FindAsync(Guid id, CancellationToken cancellationToken) => inner.FindAsync(id, cancellationToken);

        public Task<IReadOnlyList<EmailMessage>> ListAsync(EmailMessageQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);

        public Task<DateTimeOffset?> GetNextAttemptAtAsync(CancellationToken cancellationToken) => inner.GetNextAttemptAtAsync(cancellationToken);
    }

    /// <summary>The pickup folder, taking <paramref name="duration"/> of the fake clock per message.</summary>
    private sealed class SlowEmailSender(IEmailSender inner, FakeTimeProvider time, TimeSpan duration) : IEmailSender
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            await inner.SendAsync(message, cancellationToken);
            time.Advance(duration);
        }
    }

    /// <summary>The pickup folder, committing another email (once) while the first message is being sent.</summary>
    private sealed class CommittingEmailSender(IEmailSender inner, Func<Task> commit) : IEmailSender
    {
        private bool _committed;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            await inner.SendAsync(message, cancellationToken);
            if (!_committed)
            {
                _committed = true;
                await commit();
            }
        }
    }

    /// <summary>The pickup folder, asking delivery to stop once it has taken <paramref name="stopAfter"/> messages.</summary>
    private sealed class StoppingEmailSender(IEmailSender inner, int stopAfter, CancellationTokenSource stop) : IEmailSender
    {
        private int _sent;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            await inner.SendAsync(message, cancellationToken);
            if (++_sent == stopAfter)
            {
                await stop.CancelAsync();
            }
        }
    }

    private static SimpleSmtpServer StartServer(int? port = null)
    {
        var configuration = netDumbster.smtp.Configuration.Configure().WithAddress(IPAddress.Loopback);
        return (port is { } fixedPort ? configuration.WithPort(fixedPort) : configuration.WithRandomPort()).Build();
    }
}
