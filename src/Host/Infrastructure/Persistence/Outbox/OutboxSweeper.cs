using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Persistence.Outbox;

/// <summary>
/// Hands on outbox rows that were committed but never dispatched (the process stopped between commit and dispatch,
/// or a dispatcher failed): once at start-up, then every <see cref="OutboxOptions.SweepInterval"/>.
/// </summary>
internal sealed partial class OutboxSweeper(
    IServiceScopeFactory scopeFactory,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxSweeper> logger) : BackgroundService
{
    /// <summary>One sweep; returns how many effects were dispatched.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<EfCoreOutbox>();
        var settings = options.Value;
        var dispatched = await outbox.DispatchPendingAsync(timeProvider.GetUtcNow() - settings.MinimumAge, settings.BatchSize, cancellationToken);
        if (dispatched > 0)
        {
            LogSwept(dispatched);
        }

        return dispatched;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, timeProvider);
        try
        {
            do
            {
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A database that is briefly away must not stop the sweeping for good.
                    LogSweepFailed(exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping, or the host disposed without being stopped (which cancels the token too): a sweep cut short
            // leaves its rows pending for the next start's sweep, so there is nothing to report.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox sweep handed on {EffectCount} committed effect(s) that had not been dispatched")]
    private partial void LogSwept(int effectCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox sweep failed; it runs again at the next interval")]
    private partial void LogSweepFailed(Exception exception);
}
