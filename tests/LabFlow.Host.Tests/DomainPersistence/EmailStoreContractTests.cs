using LabFlow.Activities.Email;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>The EF Core email store's contract, run on every provider.</summary>
public abstract class EmailStoreContractTests : DomainStoreTestBase
{
    private static readonly DateTimeOffset Now = LabFlowTestNode.StartTime;

    [DatabaseFact]
    public async Task AddAsync_AddsOnlyIdsNotStored_AndFindAsyncReturnsEveryField()
    {
        var a = NewEmail(Now);
        var b = NewEmail(Now);
        var c = NewEmail(Now);

        var first = await AddAsync(a, b);
        var second = await AddAsync(b, c, c);
        var found = await InScopeAsync<IEmailStore, EmailMessage?>(s => s.FindAsync(a.Id, Token));

        Assert.Equal(2, first);
        Assert.Equal(1, second);
        Assert.NotNull(found);
        var attachment = Assert.Single(found.Attachments);
        Assert.Equal(a.Attachments[0].Content, attachment.Content);
        Assert.True(attachment.IsCalendarRequest);
        Assert.Equal(a with { Attachments = found.Attachments }, found);
        Assert.Equal(3, (await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ListAsync(new EmailMessageQuery(), Token))).Count);
    }

    [DatabaseFact]
    public async Task AddAsync_StoresEachRowOnce_WhenTwoAddTheSameRowsAtOnce()
    {
        var emails = Enumerable.Range(0, 10).Select(_ => NewEmail(Now)).ToArray();

        var added = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => AddAsync(emails))));

        Assert.Equal(10, added.Sum());
        Assert.Equal(10, (await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ListAsync(new EmailMessageQuery(), Token))).Count);
    }

    [DatabaseFact]
    public async Task ClaimDueAsync_ClaimsDueRowsOldestDueFirst_UpToTheMaximum()
    {
        var oldest = NewEmail(Now.AddMinutes(-30));
        var older = NewEmail(Now.AddMinutes(-20));
        var old = NewEmail(Now.AddMinutes(-10));
        var notDue = NewEmail(Now.AddMinutes(10));
        await AddAsync(notDue, old, oldest, older);
        var until = Now.AddMinutes(5);

        var claimed = await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(Now, until, 2, Token));

        Assert.Equal([oldest.Id, older.Id], claimed.Select(m => m.Id));
        Assert.All(claimed, m =>
        {
            Assert.Equal(EmailStatus.Sending, m.Status);
            Assert.Equal(1, m.Attempts);
            Assert.Equal(until, m.NextAttemptAt);
        });
        Assert.Equal(EmailStatus.Sending, (await FindAsync(oldest.Id)).Status);
        Assert.Equal(EmailStatus.Pending, (await FindAsync(notDue.Id)).Status);
        Assert.Equal(old.Id, Assert.Single(await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(Now, until, 10, Token))).Id);
    }

    [DatabaseFact]
    public async Task ClaimDueAsync_NeverClaimsARowTwice_WhenTwoNodesClaimAtOnce()
    {
        var emails = Enumerable.Range(0, 30).Select(i => NewEmail(Now.AddSeconds(-i))).ToArray();
        await AddAsync(emails);
        await using var other = CreateNode();

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() =>
            (i % 2 == 0 ? Node : other).InScopeAsync(sp =>
                sp.GetRequiredService<IEmailStore>().ClaimDueAsync(Now, Now.AddMinutes(5), 10, Token)))));
        var rest = await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(Now, Now.AddMinutes(5), 100, Token));

        var ids = claims.SelectMany(c => c).Concat(rest).Select(m => m.Id).ToList();
        Assert.Equal(30, ids.Count);
        Assert.Equal(emails.Select(e => e.Id).Order(), ids.Order());
        Assert.All(await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ListAsync(new EmailMessageQuery(), Token)), m => Assert.Equal(1, m.Attempts));
    }

    [DatabaseFact]
    public async Task ClaimDueAsync_TakesARowOverAgain_WhenItsClaimRanOut()
    {
        var email = NewEmail(Now);
        await AddAsync(email);
        var until = Now.AddMinutes(5);
        await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(Now, until, 10, Token));

        var whileClaimed = await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(until.AddSeconds(-1), until.AddMinutes(5), 10, Token));
        var afterwards = await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(until, until.AddMinutes(5), 10, Token));

        Assert.Empty(whileClaimed);
        var retaken = Assert.Single(afterwards);
        Assert.Equal(2, retaken.Attempts);
        Assert.Equal(until.AddMinutes(5), retaken.NextAttemptAt);
    }

    [DatabaseFact]
    public async Task MarkSentAsync_MakesTheRowFinal()
    {
        var email = NewEmail(Now);
        await AddAsync(email);
        await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(Now, Now.AddMinutes(5), 10, Token));

        await InScopeAsync<IEmailStore>(s => s.MarkSentAsync([email.Id], Now.AddMinutes(1), Token));
        await InScopeAsync<IEmailStore>(s => s.MarkSentAsync([email.Id], Now.AddMinutes(2), Token));
        await InScopeAsync<IEmailStore>(s => s.MarkFailedAsync(email.Id, Now.AddMinutes(3), "timeout", Token));

        var sent = await FindAsync(email.Id);
        Assert.Equal(EmailStatus.Sent, sent.Status);
        Assert.Equal(Now.AddMinutes(1), sent.SentAt);
        Assert.Null(sent.LastError);
        Assert.Empty(await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(Now.AddDays(1), Now.AddDays(2), 10, Token)));
        Assert.Null(await InScopeAsync<IEmailStore, DateTimeOffset?>(s => s.GetNextAttemptAtAsync(Token)));
    }

    [DatabaseFact]
    public async Task MarkSentAsync_MarksEveryRowOfTheBatch_AndLeavesAnEarlierSentAtAndOtherRowsAlone()
    {
        var alreadySent = NewEmail(Now);
        var first = NewEmail(Now);
        var second = NewEmail(Now);
        var notInTheBatch = NewEmail(Now);
        await AddAsync(alreadySent, first, second, notInTheBatch);
        await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(Now, Now.AddMinutes(5), 10, Token));
        await InScopeAsync<IEmailStore>(s => s.MarkSentAsync([alreadySent.Id], Now.AddMinutes(1), Token));

        await InScopeAsync<IEmailStore>(s => s.MarkSentAsync([alreadySent.Id, first.Id, second.Id], Now.AddMinutes(2), Token));
        await InScopeAsync<IEmailStore>(s => s.MarkSentAsync([], Now.AddMinutes(3), Token));

        Assert.Equal(Now.AddMinutes(1), (await FindAsync(alreadySent.Id)).SentAt);
        Assert.All([await FindAsync(first.Id), await FindAsync(second.Id)], sent =>
        {
            Assert.Equal(EmailStatus.Sent, sent.Status);
            Assert.Equal(Now.AddMinutes(2), sent.SentAt);
        });
        var other = await FindAsync(notInTheBatch.Id);
        Assert.Equal(EmailStatus.Sending, other.Status);
        Assert.Null(other.SentAt);
    }

    [DatabaseFact]
    public async Task MarkFailedAsync_MakesAClaimedRowDueAgainLater_AndLeavesAPendingRowAlone()
    {
        var claimedEmail = NewEmail(Now);
        var pendingEmail = NewEmail(Now.AddMinutes(30));
        await AddAsync(claimedEmail, pendingEmail);
        await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(Now, Now.AddMinutes(5), 10, Token));

        await InScopeAsync<IEmailStore>(s => s.MarkFailedAsync(claimedEmail.Id, Now.AddMinutes(10), "The mail server did not answer.", Token));
        await InScopeAsync<IEmailStore>(s => s.MarkFailedAsync(pendingEmail.Id, Now.AddMinutes(10), "The mail server did not answer.", Token));

        var failed = await FindAsync(claimedEmail.Id);
        Assert.Equal(EmailStatus.FailedRetrying, failed.Status);
        Assert.Equal(Now.AddMinutes(10), failed.NextAttemptAt);
        Assert.Equal("The mail server did not answer.", failed.LastError);
        Assert.Equal(EmailStatus.Pending, (await FindAsync(pendingEmail.Id)).Status);
        Assert.Equal(Now.AddMinutes(10), await InScopeAsync<IEmailStore, DateTimeOffset?>(s => s.GetNextAttemptAtAsync(Token)));
        Assert.Equal(claimedEmail.Id, Assert.Single(await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(Now.AddMinutes(10), Now.AddMinutes(15), 10, Token))).Id);
    }

    [DatabaseFact]
    public async Task ReaddressAsync_MovesThePersonsUnsentRowsToTheNewAddress_AndMakesTheFailedOnesDueNow()
    {
        var personId = Guid.NewGuid();
        var failing = NewEmail(Now) with { RecipientPersonId = personId, RecipientAddress = "kim.@example.se" };
        var pending = NewEmail(Now.AddDays(2)) with { RecipientPersonId = personId, RecipientAddress = "kim.@example.se" };
        var sent = NewEmail(Now) with { RecipientPersonId = personId, RecipientAddress = "kim.@example.se" };
        var someoneElse = NewEmail(Now) with { RecipientAddress = "kim.@example.se" };
        await AddAsync(failing, pending, sent, someoneElse);
        await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(Now, Now.AddMinutes(5), 10, Token));
        await InScopeAsync<IEmailStore>(s => s.MarkSentAsync([sent.Id], Now, Token));
        await InScopeAsync<IEmailStore>(s => s.MarkFailedAsync(failing.Id, Now.AddHours(1), "Sending failed: ParseException.", Token));
        await InScopeAsync<IEmailStore>(s => s.MarkFailedAsync(someoneElse.Id, Now.AddHours(1), "Sending failed: ParseException.", Token));

        var moved = await InScopeAsync<IEmailStore, int>(s => s.ReaddressAsync(personId, "kim@example.se", Now.AddMinutes(10), Token));

        Assert.Equal(2, moved);
        var retried = await FindAsync(failing.Id);
        Assert.Equal(("kim@example.se", Now.AddMinutes(10)), (retried.RecipientAddress, retried.NextAttemptAt));
        var waiting = await FindAsync(pending.Id);
        Assert.Equal(("kim@example.se", Now.AddDays(2), EmailStatus.Pending), (waiting.RecipientAddress, waiting.NextAttemptAt, waiting.Status));
        Assert.Equal("kim.@example.se", (await FindAsync(sent.Id)).RecipientAddress);
        var other = await FindAsync(someoneElse.Id);
        Assert.Equal(("kim.@example.se", Now.AddHours(1)), (other.RecipientAddress, other.NextAttemptAt));
    }

    [DatabaseFact]
    public async Task MarkUndeliverableAsync_TakesAClaimedRowOutOfDelivery_AndLeavesOtherStatusesAlone()
    {
        var refused = NewEmail(Now);
        var pendingEmail = NewEmail(Now.AddMinutes(30));
        await AddAsync(refused, pendingEmail);
        await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(Now, Now.AddMinutes(5), 10, Token));

        await InScopeAsync<IEmailStore>(s => s.MarkUndeliverableAsync(refused.Id, Now.AddMinutes(1), UndeliverableReasons.MailboxUnavailable, "The SMTP server refused the recipient: 550 MailboxUnavailable.", Token));
        await InScopeAsync<IEmailStore>(s => s.MarkUndeliverableAsync(pendingEmail.Id, Now.AddMinutes(1), UndeliverableReasons.MailboxUnavailable, "refused", Token));
        await InScopeAsync<IEmailStore>(s => s.MarkFailedAsync(refused.Id, Now.AddMinutes(2), "timeout", Token));

        var row = await FindAsync(refused.Id);
        Assert.Equal(EmailStatus.Undeliverable, row.Status);
        Assert.Equal(Now.AddMinutes(1), row.UndeliverableAt);
        Assert.Equal(UndeliverableReasons.MailboxUnavailable, row.UndeliverableReason);
        Assert.Equal("The SMTP server refused the recipient: 550 MailboxUnavailable.", row.LastError);
        var pending = await FindAsync(pendingEmail.Id);
        Assert.Equal((EmailStatus.Pending, null, null), (pending.Status, pending.UndeliverableAt, pending.UndeliverableReason));
        var later = Now.AddDays(30);
        Assert.Equal([pendingEmail.Id], (await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(later, later.AddMinutes(5), 10, Token))).Select(m => m.Id));
        Assert.Equal(later.AddMinutes(5), await InScopeAsync<IEmailStore, DateTimeOffset?>(s => s.GetNextAttemptAtAsync(Token)));
        Assert.Equal([refused.Id], (await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ListAsync(new EmailMessageQuery(Status: EmailStatus.Undeliverable), Token))).Select(m => m.Id));
    }

    [DatabaseFact]
    public async Task ListRefusalsAsync_ReturnsEachAskedPersonsLatestRefusal_UnlessAnEmailToThemWasSentSince()
    {
        var refusedTwice = Guid.NewGuid();
        var sentSince = Guid.NewGuid();
        var onlyFailed = Guid.NewGuid();
        var notAsked = Guid.NewGuid();
        var older = NewEmail(Now) with { RecipientPersonId = refusedTwice, RecipientAddress = "kim.gammal@example.se" };
        var newer = NewEmail(Now) with { RecipientPersonId = refusedTwice, RecipientAddress = "kim@example.se" };
        var refusedThenSent = NewEmail(Now) with { RecipientPersonId = sentSince };
        var sentAfterwards = NewEmail(Now) with { RecipientPersonId = sentSince };
        var failed = NewEmail(Now) with { RecipientPersonId = onlyFailed };
        var otherRefused = NewEmail(Now) with { RecipientPersonId = notAsked };
        await AddAsync(older, newer, refusedThenSent, sentAfterwards, failed, otherRefused);
        await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(Now, Now.AddMinutes(5), 10, Token));
        await RefuseAsync(older.Id, Now.AddMinutes(1), UndeliverableReasons.MailboxUnavailable);
        await RefuseAsync(newer.Id, Now.AddMinutes(2), UndeliverableReasons.MailboxNameNotAllowed);
        await RefuseAsync(refusedThenSent.Id, Now.AddMinutes(1), UndeliverableReasons.MailboxUnavailable);
        await InScopeAsync<IEmailStore>(s => s.MarkSentAsync([sentAfterwards.Id], Now.AddMinutes(3), Token));
        await InScopeAsync<IEmailStore>(s => s.MarkFailedAsync(failed.Id, Now.AddMinutes(10), "timeout", Token));
        await RefuseAsync(otherRefused.Id, Now.AddMinutes(1), UndeliverableReasons.MailboxUnavailable);

        var refusals = await InScopeAsync<IEmailStore, IReadOnlyList<EmailRefusal>>(s => s.ListRefusalsAsync([refusedTwice, sentSince, onlyFailed, Guid.NewGuid()], Token));
        var none = await InScopeAsync<IEmailStore, IReadOnlyList<EmailRefusal>>(s => s.ListRefusalsAsync([], Token));

        Assert.Equal([new EmailRefusal(refusedTwice, "kim@example.se", Now.AddMinutes(2), UndeliverableReasons.MailboxNameNotAllowed)], refusals);
        Assert.Empty(none);
    }

    [DatabaseFact]
    public async Task ReaddressAsync_SendsARefusedRowAgain_DueNowAtTheNewAddress_WithItsRefusalCleared()
    {
        var personId = Guid.NewGuid();
        var refused = NewEmail(Now) with { RecipientPersonId = personId, RecipientAddress = "kim.finns.inte@example.se" };
        await AddAsync(refused);
        await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(Now, Now.AddMinutes(5), 10, Token));
        await RefuseAsync(refused.Id, Now.AddMinutes(1), UndeliverableReasons.MailboxUnavailable);

        var moved = await InScopeAsync<IEmailStore, int>(s => s.ReaddressAsync(personId, "kim@example.se", Now.AddMinutes(10), Token));

        Assert.Equal(1, moved);
        var row = await FindAsync(refused.Id);
        Assert.Equal(("kim@example.se", EmailStatus.Pending, Now.AddMinutes(10)), (row.RecipientAddress, row.Status, row.NextAttemptAt));
        Assert.Equal((null, null), (row.UndeliverableAt, row.UndeliverableReason));
        Assert.Empty(await InScopeAsync<IEmailStore, IReadOnlyList<EmailRefusal>>(s => s.ListRefusalsAsync([personId], Token)));
        var claimed = Assert.Single(await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(Now.AddMinutes(10), Now.AddMinutes(15), 10, Token)));
        Assert.Equal((refused.Id, 2), (claimed.Id, claimed.Attempts));
    }

    [DatabaseFact]
    public async Task RetryRefusedAsync_SendsThePersonsRefusedRowsAgainOnce_WhenTwoAskAtOnce()
    {
        // Arrange: two refused rows of the person (one to an address they had before), one of theirs failing with
        // back-off, and someone else's refused row.
        var personId = Guid.NewGuid();
        var refused = NewEmail(Now) with { RecipientPersonId = personId };
        var refusedBefore = NewEmail(Now) with { RecipientPersonId = personId, RecipientAddress = "kim.gammal@example.se" };
        var failing = NewEmail(Now) with { RecipientPersonId = personId };
        var someoneElse = NewEmail(Now);
        await AddAsync(refused, refusedBefore, failing, someoneElse);
        await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ClaimDueAsync(Now, Now.AddMinutes(5), 10, Token));
        await RefuseAsync(refused.Id, Now.AddMinutes(1), UndeliverableReasons.MailboxUnavailable);
        await RefuseAsync(refusedBefore.Id, Now.AddMinutes(1), UndeliverableReasons.UserNotLocal);
        await RefuseAsync(someoneElse.Id, Now.AddMinutes(1), UndeliverableReasons.MailboxUnavailable);
        await InScopeAsync<IEmailStore>(s => s.MarkFailedAsync(failing.Id, Now.AddHours(1), "Cannot reach the SMTP server: TimedOut", Token));
        await using var other = CreateNode();

        // Act: two administrators press at once, on two nodes.
        var counts = await Task.WhenAll(new[] { Node, other }.Select(node => Task.Run(() =>
            node.InScopeAsync(sp => sp.GetRequiredService<IEmailStore>().RetryRefusedAsync(personId, "kim@example.se", Now.AddMinutes(10), Token)))));

        // Assert: one got both rows, the other none; they wait at the current address, due at once, refusal cleared.
        Assert.Equal([0, 2], counts.Order());
        foreach (var id in new[] { refused.Id, refusedBefore.Id })
        {
            var row = await FindAsync(id);
            Assert.Equal(("kim@example.se", EmailStatus.Pending, Now.AddMinutes(10)), (row.RecipientAddress, row.Status, row.NextAttemptAt));
            Assert.Equal((null, null), (row.UndeliverableAt, row.UndeliverableReason));
        }

        var stillFailing = await FindAsync(failing.Id);
        Assert.Equal((EmailStatus.FailedRetrying, Now.AddHours(1)), (stillFailing.Status, stillFailing.NextAttemptAt));
        Assert.Equal(EmailStatus.Undeliverable, (await FindAsync(someoneElse.Id)).Status);
        Assert.Empty(await InScopeAsync<IEmailStore, IReadOnlyList<EmailRefusal>>(s => s.ListRefusalsAsync([personId], Token)));
        Assert.Equal(0, await InScopeAsync<IEmailStore, int>(s => s.RetryRefusedAsync(personId, "kim@example.se", Now.AddMinutes(11), Token)));
    }

    [DatabaseFact]
    public async Task ListAsync_FiltersAndPagesNewestFirst()
    {
        var instanceId = Guid.NewGuid();
        var taskId = Guid.NewGuid();
        var first = NewEmail(Now) with { InstanceId = instanceId, TaskId = taskId, CreatedAt = Now };
        var second = NewEmail(Now) with { InstanceId = instanceId, CreatedAt = Now.AddMinutes(1) };
        var third = NewEmail(Now) with { InstanceId = instanceId, CreatedAt = Now.AddMinutes(2) };
        await AddAsync(first, second, third, NewEmail(Now));

        var byInstance = await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ListAsync(new EmailMessageQuery(InstanceId: instanceId), Token));
        var page = await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ListAsync(new EmailMessageQuery(InstanceId: instanceId, Skip: 1, Take: 1), Token));
        var byTask = await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ListAsync(new EmailMessageQuery(TaskId: taskId, Status: EmailStatus.Pending), Token));
        var sent = await InScopeAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ListAsync(new EmailMessageQuery(Status: EmailStatus.Sent), Token));

        Assert.Equal([third.Id, second.Id, first.Id], byInstance.Select(m => m.Id));
        Assert.Equal([second.Id], page.Select(m => m.Id));
        Assert.Equal([first.Id], byTask.Select(m => m.Id));
        Assert.Empty(sent);
    }

    private Task RefuseAsync(Guid id, DateTimeOffset at, string reason) =>
        InScopeAsync<IEmailStore>(s => s.MarkUndeliverableAsync(id, at, reason, "The SMTP server refused the recipient.", Token));

    private Task<int> AddAsync(params EmailMessage[] messages) => InScopeAsync<IEmailStore, int>(s => s.AddAsync(messages, Token));

    private async Task<EmailMessage> FindAsync(Guid id) =>
        await InScopeAsync<IEmailStore, EmailMessage?>(s => s.FindAsync(id, Token)) ?? throw new InvalidOperationException($"No email {id}.");

    private static EmailMessage NewEmail(DateTimeOffset due)
    {
        var id = Guid.NewGuid();
        return new EmailMessage
        {
            Id = id,
            RequestId = Guid.NewGuid(),
            InstanceId = Guid.NewGuid(),
            RecipientAddress = "kim@example.se",
            RecipientName = "Kim Samordnare",
            RecipientPersonId = Guid.NewGuid(),
            Culture = "sv",
            Template = EmailTemplates.TaskAssigned,
            ModelJson = """{"title":"Rapportera"}""",
            Subject = "Ny uppgift: Rapportera",
            HtmlBody = "<p>Hej Kim</p>",
            TextBody = "Hej Kim",
            Attachments = [new EmailAttachment("invitation.ics", "text/calendar; method=REQUEST; charset=utf-8", "BEGIN:VCALENDAR"u8.ToArray())],
            MessageId = $"{id:N}@labflow.example",
            NextAttemptAt = due.ToOffset(TimeSpan.FromHours(1)),
            CreatedAt = Now,
        };
    }
}
