using LabFlow.Activities.Email;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Email;

/// <summary>
/// Runs <see cref="EmailDeliveryService.SendDueAsync"/> when an email is enqueued, when the next retry is due, and at
/// least every <see cref="EmailOptions.PollInterval"/> (for emails enqueued on another node). Woken, it first waits
/// <see cref="GatherDelay"/>, so the emails of commits that land close together are claimed and marked sent in one
/// batch: two write transactions (two fsyncs on SQLite, each a turn at its single writer) for all of them instead of
/// two per commit.
/// </summary>
internal sealed partial class EmailDeliveryBackgroundService(
    EmailDeliveryService delivery,
    EmailDeliverySignal signal,
    IServiceScopeFactory scopeFactory,
    IOptions<EmailOptions> options,
    TimeProvider timeProvider,
    ILogger<EmailDeliveryBackgroundService> logger) : BackgroundService
{
    /// <summary>
    /// The pause between a wake-up and the run. Real time on purpose (not <see cref="TimeProvider"/>'s clock): it is
    /// a pause for commits to gather, not a due time, and a test's stopped clock must not hold delivery back.
    /// </summary>
    internal static readonly TimeSpan GatherDelay = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.PollInterval;
            try
            {
                await delivery.SendDueAsync(stoppingToken);
                wait = await UntilNextAttemptAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The loop is the boundary: a store that is down now is tried again at the next poll.
                LogRunFailed(logger, exception);
            }

            try
            {
                await signal.WaitAsync(wait, timeProvider, stoppingToken);
                await Task.Delay(GatherDelay, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<TimeSpan> UntilNextAttemptAsync(TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var next = await scope.ServiceProvider.GetRequiredService<IEmailStore>().GetNextAttemptAtAsync(cancellationToken);
        if (next is null)
        {
            return pollInterval;
        }

        var untilNext = next.Value - timeProvider.GetUtcNow();
        return untilNext < TimeSpan.Zero ? TimeSpan.Zero : untilNext < pollInterval ? untilNext : pollInterval;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An email delivery run failed; the next run tries again")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
