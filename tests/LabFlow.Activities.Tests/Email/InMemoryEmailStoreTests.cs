using LabFlow.Activities.Email;

namespace LabFlow.Activities.Tests.Email;

public sealed class InMemoryEmailStoreTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 7, 0, 0, TimeSpan.Zero);
    private readonly InMemoryEmailStore _store = new();

    [Fact]
    public async Task ClaimDueAsync_ClaimsEachRowOnce_WhenTwoRunsClaimAtOnce()
    {
        await _store.AddAsync([Row(Now), Row(Now), Row(Now.AddMinutes(5))], CancellationToken.None);

        var first = await _store.ClaimDueAsync(Now, Now.AddMinutes(15), 10, CancellationToken.None);
        var second = await _store.ClaimDueAsync(Now, Now.AddMinutes(15), 10, CancellationToken.None);

        Assert.Equal(2, first.Count);
        Assert.Empty(second);
        Assert.All(first, row =>
        {
            Assert.Equal(EmailStatus.Sending, row.Status);
            Assert.Equal(1, row.Attempts);
            Assert.Equal(Now.AddMinutes(15), row.NextAttemptAt);
        });
    }

    [Fact]
    public async Task ClaimDueAsync_TakesOverRow_WhenItsClaimRanOut()
    {
        var row = Row(Now);
        await _store.AddAsync([row], CancellationToken.None);
        await _store.ClaimDueAsync(Now, Now.AddMinutes(15), 10, CancellationToken.None);

        var again = await _store.ClaimDueAsync(Now.AddMinutes(15), Now.AddMinutes(30), 10, CancellationToken.None);

        Assert.Equal(2, Assert.Single(again).Attempts);
    }

    [Fact]
    public async Task MarkFailedAsync_KeepsRowForRetry_WhenAttemptFailed()
    {
        var row = Row(Now);
        await _store.AddAsync([row], CancellationToken.None);
        await _store.ClaimDueAsync(Now, Now.AddMinutes(15), 10, CancellationToken.None);

        await _store.MarkFailedAsync(row.Id, Now.AddMinutes(1), "Cannot reach the SMTP server: ConnectionRefused", CancellationToken.None);

        var stored = await _store.FindAsync(row.Id, CancellationToken.None);
        Assert.Equal(EmailStatus.FailedRetrying, stored!.Status);
        Assert.Equal(Now.AddMinutes(1), stored.NextAttemptAt);
        Assert.Equal("Cannot reach the SMTP server: ConnectionRefused", stored.LastError);
        Assert.Equal(Now.AddMinutes(1), await _store.GetNextAttemptAtAsync(CancellationToken.None));
    }

    [Fact]
    public async Task MarkFailedAsync_LeavesRowSent_WhenItWasSentMeanwhile()
    {
        var row = Row(Now);
        await _store.AddAsync([row], CancellationToken.None);
        await _store.ClaimDueAsync(Now, Now.AddMinutes(15), 10, CancellationToken.None);
        await _store.MarkSentAsync([row.Id], Now, CancellationToken.None);

        await _store.MarkFailedAsync(row.Id, Now.AddMinutes(1), "late failure", CancellationToken.None);

        var stored = await _store.FindAsync(row.Id, CancellationToken.None);
        Assert.Equal(EmailStatus.Sent, stored!.Status);
        Assert.Equal(Now, stored.SentAt);
        Assert.Null(await _store.GetNextAttemptAtAsync(CancellationToken.None));
    }

    [Fact]
    public void For_GivesTheSameId_WhenRequestAndAddressRepeat()
    {
        var requestId = Guid.NewGuid();

        Assert.Equal(EmailMessageIds.For(requestId, "Anna@Example.se"), EmailMessageIds.For(requestId, " anna@example.se"));
        Assert.NotEqual(EmailMessageIds.For(requestId, "anna@example.se"), EmailMessageIds.For(requestId, "bo@example.se"));
        Assert.NotEqual(EmailMessageIds.For(requestId, "anna@example.se"), EmailMessageIds.For(Guid.NewGuid(), "anna@example.se"));
    }

    private static EmailMessage Row(DateTimeOffset due)
    {
        var id = Guid.NewGuid();
        return new EmailMessage
        {
            Id = id,
            RequestId = Guid.NewGuid(),
            RecipientAddress = "anna@example.se",
            RecipientName = "Anna",
            Culture = "sv",
            Template = EmailTemplates.Custom,
            ModelJson = "{}",
            Subject = "Hej",
            HtmlBody = "<p>Hej</p>",
            TextBody = "Hej",
            MessageId = $"{id:N}@localhost",
            NextAttemptAt = due,
            CreatedAt = Now,
        };
    }
}
