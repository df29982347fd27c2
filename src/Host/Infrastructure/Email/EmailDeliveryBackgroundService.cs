using LabFlow.Activities.Email;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Email;

/// <summary>
/// Runs <see cref="EmailDeliveryService.SendDueAsync"/> when an email is enqueued, when the next retry is due, and at
/// least every <see cref="EmailOptions.PollInterval"/> (for emails enqueued on another node).
/// </summary>
internal sealed partial class EmailDeliveryBackgroundService(
    EmailDeliveryService delivery,
    EmailDeliverySignal signal,
    IServiceScopeFactory scopeFactory,
    IOptions<EmailOptions> options,
    TimeProvider timeProvider,
    ILogger<EmailDeliveryBackgroundService> logger) : BackgroundService
{
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
