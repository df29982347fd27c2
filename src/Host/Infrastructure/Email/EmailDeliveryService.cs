using LabFlow.Activities.Email;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Email;

/// <summary>
/// Sends the email rows that are due. Safe to run at any time, as often as wanted and from several nodes at once
/// (the background loop and a scheduled job both call <see cref="SendDueAsync"/>): rows are claimed before sending,
/// and the rows of a batch the server accepted are marked sent together, in one write, when the batch is done or,
/// with a slow server, before the next send once <see cref="MarkSentWithin"/> has passed since the first of them was
/// accepted. Only a crash between a send and that mark can send an email twice, with the same Message-ID (a crash
/// then resends what the batch had sent but not marked yet: at most a batch, accepted within about a second and one
/// send). A failed attempt is retried with exponential back-off, except when the server refused the recipient for
/// good (<see cref="EmailErrors.Classify"/>): that row becomes undeliverable until the person's address is corrected.
/// No row is ever dropped.
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

    /// <summary>
    /// How long an accepted email may wait for its mark while the rest of its batch is sent (plus the send under
    /// way). Marking a batch in one write instead of one per email saves a transaction (an fsync on SQLite) per email;
    /// this bounds the window in which a crash resends it when the mail server is slow.
    /// </summary>
    internal static readonly TimeSpan MarkSentWithin = TimeSpan.FromSeconds(1);

    public async Task<EmailDeliveryResult> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopeFactory.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IEmailStore>();
        var sent = 0;
        var failed = 0;
        var undeliverable = 0;
        for (var batch = 0; batch < MaxBatchesPerRun; batch++)
        {
            var now = timeProvider.GetUtcNow();
            var claimed = await store.ClaimDueAsync(now, now + settings.ClaimDuration, settings.BatchSize, cancellationToken);
            if (claimed.Count == 0)
            {
                break;
            }

            var accepted = new List<EmailMessage>(claimed.Count);
            var firstAcceptedAt = 0L;
            try
            {
                for (var index = 0; index < claimed.Count; index++)
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        await ReleaseAsync(store, claimed.Skip(index));
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    if (accepted.Count > 0 && timeProvider.GetElapsedTime(firstAcceptedAt) >= MarkSentWithin)
                    {
                        sent += await MarkSentAsync(store, accepted);
                    }

                    switch (await TrySendAsync(store, claimed[index], settings, cancellationToken))
                    {
                        case AttemptOutcome.Failed:
                            failed++;
                            continue;
                        case AttemptOutcome.Undeliverable:
                            undeliverable++;
                            continue;
                    }

                    if (accepted.Count == 0)
                    {
                        firstAcceptedAt = timeProvider.GetTimestamp();
                    }

                    accepted.Add(claimed[index]);
                }
            }
            finally
            {
                // Also when the batch stops early (cancelled, the store failed): the server has these messages, and an
                // unmarked row would be sent again.
                sent += await MarkSentAsync(store, accepted);
            }

            // A batch that was not full took every email due when it was claimed. Emails committed since then have
            // woken the loop, which gathers them for GatherDelay into the next run's batch: claiming them now, a few at
            // a time as they trickle in, cost two write transactions (a claim and a mark, each a FULL commit on
            // SQLite's single writer) per two or three emails under load instead of per batch (issue 17).
            if (claimed.Count < settings.BatchSize)
            {
                break;
            }
        }

        return new EmailDeliveryResult(sent, failed, undeliverable);
    }

    private async Task<AttemptOutcome> TrySendAsync(IEmailStore store, EmailMessage row, EmailOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(EmailMimeMessages.Create(row, settings), cancellationToken);
        }
        // Stopping mid-send is not a failure: whether the server took it is unknown, so the row stays claimed and is
        // tried again once the claim runs out.
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failure = EmailErrors.Classify(exception);
            if (failure.Kind == EmailFailureKind.RecipientRefused)
            {
                await store.MarkUndeliverableAsync(row.Id, timeProvider.GetUtcNow(), failure.UndeliverableReason!, failure.Error, CancellationToken.None);
                LogRecipientRefused(logger, row.Id, row.Attempts, failure.Error);
                return AttemptOutcome.Undeliverable;
            }

            var nextAttemptAt = timeProvider.GetUtcNow() + settings.RetryDelay(row.Attempts);
            await store.MarkFailedAsync(row.Id, nextAttemptAt, failure.Error, CancellationToken.None);
            if (failure.Kind == EmailFailureKind.Settings)
            {
                LogSettingsRefused(logger, row.Id, row.Attempts, nextAttemptAt, failure.Error);
            }
            else
            {
                LogAttemptFailed(logger, row.Id, row.Attempts, nextAttemptAt, failure.Error);
            }

            return AttemptOutcome.Failed;
        }

        return AttemptOutcome.Accepted;
    }

    // Not cancellable: the server has these messages now, and an unmarked row would be sent again. Empties the list.
    private async Task<int> MarkSentAsync(IEmailStore store, List<EmailMessage> accepted)
    {
        if (accepted.Count == 0)
        {
            return 0;
        }

        var count = accepted.Count;
        await store.MarkSentAsync([.. accepted.Select(row => row.Id)], timeProvider.GetUtcNow(), CancellationToken.None);
        foreach (var row in accepted)
        {
            LogSent(logger, row.Id, row.Attempts);
        }

        accepted.Clear();
        return count;
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

    // An error, not a warning: every email fails the same way until an administrator fixes the mail settings.
    [LoggerMessage(Level = LogLevel.Error, Message = "Sending email {EmailId} failed (attempt {Attempt}) on the mail settings or the message, not the recipient; fix LabFlow:Email or the server's limits. Next attempt at {NextAttemptAt}: {Error}")]
    private static partial void LogSettingsRefused(ILogger logger, Guid emailId, int attempt, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {EmailId} is undeliverable (attempt {Attempt}): not tried again until the person's address is corrected: {Error}")]
    private static partial void LogRecipientRefused(ILogger logger, Guid emailId, int attempt, string error);

    private enum AttemptOutcome
    {
        Accepted,
        Failed,
        Undeliverable,
    }
}
