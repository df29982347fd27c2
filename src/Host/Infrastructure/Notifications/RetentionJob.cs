using LabFlow.Activities.Notifications;
using LabFlow.Host.Infrastructure.Scheduling;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Notifications;

/// <summary>
/// Retention clean-up: does nothing while <see cref="RetentionOptions.Period"/> is unset; when set, clears finished
/// labs' personal data and journal older than the period, logs the counts and records the run in <see cref="IRetentionLog"/>.
/// </summary>
internal sealed partial class RetentionJob(RetentionService retention, IOptions<RetentionOptions> options, ILogger<RetentionJob> logger) : ILabFlowRecurringJob
{
    public const string JobId = "labflow:retention";

    public string Id => JobId;

    public string Cron => options.Value.Cron;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Period is not { } period)
        {
            LogOff(logger);
            return;
        }

        await retention.ClearAsync(period, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Retention is off (LabFlow:Retention:Period is not set); nothing was cleared")]
    private static partial void LogOff(ILogger logger);
}
