using LabFlow.Activities.Email;
using Microsoft.Extensions.Time.Testing;

namespace LabFlow.Activities.Tests.Email;

public sealed class EmailOutboxTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 10, 7, 0, 0, TimeSpan.Zero));
    private readonly InMemoryEmailStore _store = new();
    private readonly EmailDeliverySignal _signal = new();
    private readonly EmailOutbox _outbox;

    public EmailOutboxTests()
    {
        var options = new EmailRenderingOptions { PublicBaseUrl = new Uri("https://labflow.goteborg.example/") };
        _outbox = new EmailOutbox(new EmailTemplateRenderer(options), _store, options, _signal, _time);
    }

    [Fact]
    public async Task EnqueueAsync_AddsOnePendingRowPerRecipient_WhenRequested()
    {
        var request = EmailSamples.Request(EmailTemplates.TaskAssigned, EmailSamples.Anna, EmailSamples.Sam);

        var added = await _outbox.EnqueueAsync(request, CancellationToken.None);

        Assert.Equal(2, added);
        var rows = await _store.ListAsync(new EmailMessageQuery(RequestId: request.Id), CancellationToken.None);
        Assert.All(rows, row =>
        {
            Assert.Equal(EmailStatus.Pending, row.Status);
            Assert.Equal(0, row.Attempts);
            Assert.Equal(_time.GetUtcNow(), row.NextAttemptAt);
            Assert.Equal(EmailSamples.TaskId, row.TaskId);
            Assert.Equal(EmailSamples.InstanceId, row.InstanceId);
            Assert.Equal($"{row.Id:N}@labflow.goteborg.example", row.MessageId);
        });
        Assert.Equal("sv", rows.Single(r => r.RecipientAddress == EmailSamples.Anna.Address).Culture);
        Assert.StartsWith("New task:", rows.Single(r => r.RecipientAddress == EmailSamples.Sam.Address).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnqueueAsync_AddsNothing_WhenTheSameRequestComesAgain()
    {
        var request = EmailSamples.Request(EmailTemplates.TaskAssigned, EmailSamples.Anna, EmailSamples.Sam);
        await _outbox.EnqueueAsync(request, CancellationToken.None);
        var first = await _store.ListAsync(new EmailMessageQuery(), CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(5));
        var added = await _outbox.EnqueueAsync(request, CancellationToken.None);

        Assert.Equal(0, added);
        var rows = await _store.ListAsync(new EmailMessageQuery(), CancellationToken.None);
        Assert.Equal(first.Select(r => (r.Id, r.MessageId)).Order(), rows.Select(r => (r.Id, r.MessageId)).Order());
    }

    [Fact]
    public async Task EnqueueAsync_AddsOneRow_WhenAnAddressIsListedTwice()
    {
        var request = EmailSamples.Request(
            EmailTemplates.TaskAssigned, EmailSamples.Anna, EmailSamples.Anna with { Address = "ANNA.svensson@goteborg.example " });

        var added = await _outbox.EnqueueAsync(request, CancellationToken.None);

        Assert.Equal(1, added);
    }

    [Fact]
    public async Task EnqueueAsync_WakesDelivery_WhenRowsWereAdded()
    {
        var waiting = _signal.WaitAsync(TimeSpan.FromHours(1), _time, CancellationToken.None);

        await _outbox.EnqueueAsync(EmailSamples.Request(EmailTemplates.TaskAssigned, EmailSamples.Anna), CancellationToken.None);

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(waiting.IsCompletedSuccessfully);
    }

    public void Dispose() => _signal.Dispose();
}
