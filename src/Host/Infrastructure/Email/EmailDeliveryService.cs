using LabFlow.Activities.Email;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Email;

/// <summary>
/// Sends the email rows that are due. Safe to run at any time, as often as wanted and from several nodes at once
/// (the background loop and a scheduled job both call <see cref="SendDueAsync"/>): rows are claimed before sending,
/// and a row is marked sent right after the server accepted it, so only a crash between the two can send it twice,
/// with the same Message-ID. A failed attempt is retried with exponential back-off; no row is ever dropped.
/// </summary>
internal sealed partial class EmailDeliveryService(
    IServiceScopeFactory scopeFactory,
    IEmailSender sender,
    IOptions<EmailOptions> options,
    TimeProvider timeProvider,
    ILogger<EmailDeliveryService> logger)
{
    // Bounds one run, so a steady stream of new emails cannot keep a run (or a job) going forever.
    private const int MaxBatchesPerRun = 50;

    public async Task<EmailDeliveryResult> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopeFactory.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IEmailStore>();
        var sent = 0;
        var failed = 0;
        for (var batch = 0; batch < MaxBatchesPerRun; batch++)
        {
            var now = timeProvider.GetUtcNow();
            var claimed = await store.ClaimDueAsync(now, now + settings.ClaimDuration, settings.BatchSize, cancellationToken);
            if (claimed.Count == 0)
            {
                break;
            }

            for (var index = 0; index < claimed.Count; index++)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    await ReleaseAsync(store, claimed.Skip(index));
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (await TrySendAsync(store, claimed[index], settings, cancellationToken))
                {
                    sent++;
                }
                else
                {
                    failed++;
                }
            }
        }

        return new EmailDeliveryResult(sent, failed);
    }

    private async Task<bool> TrySendAsync(IEmailStore store, EmailMessage row, EmailOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(EmailMimeMessages.Create(row, settings), cancellationToken);
        }
        // Stopping mid-send is not a failure: whether the server took it is unknown, so the row stays claimed and is
        // tried again once the claim runs out.
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = EmailErrors.Describe(exception);
            var nextAttemptAt = timeProvider.GetUtcNow() + settings.RetryDelay(row.Attempts);
            await store.MarkFailedAsync(row.Id, nextAttemptAt, error, CancellationToken.None);
            LogAttemptFailed(logger, row.Id, row.Attempts, nextAttemptAt, error);
            return false;
        }

        // Not cancellable: the server has the message now, and an unmarked row would be sent again.
        await store.MarkSentAsync(row.Id, timeProvider.GetUtcNow(), CancellationToken.None);
        LogSent(logger, row.Id, row.Attempts);
        return true;
    }

    // Rows claimed but not tried yet go back to the queue at once instead of waiting for their claim to run out.
    private async Task ReleaseAsync(IEmailStore store, IEnumerable<EmailMessage> rows)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var row in rows)
        {
            await store.MarkFailedAsync(row.Id, now, "Delivery stopped before this email's turn.", CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent email {EmailId} (attempt {Attempt})")]
    private static partial void LogSent(ILogger logger, Guid emailId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending email {EmailId} failed (attempt {Attempt}); next attempt at {NextAttemptAt}: {Error}")]
    private static partial void LogAttemptFailed(ILogger logger, Guid emailId, int attempt, DateTimeOffset nextAttemptAt, string error);
}
