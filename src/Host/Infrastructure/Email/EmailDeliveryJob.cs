using LabFlow.Host.Infrastructure.Scheduling;

namespace LabFlow.Host.Infrastructure.Email;

/// <summary>
/// Sends due emails every minute through Hangfire, beside the delivery loop of each node: if a node's loop stopped
/// (or a node went away while it had emails claimed), another node's job still picks the emails up once their
/// claim has run out. Sending is idempotent per row, so both may run at once.
/// </summary>
internal sealed class EmailDeliveryJob(EmailDeliveryService delivery) : ILabFlowRecurringJob
{
    public string Id => "labflow:email-delivery";

    public string Cron => "* * * * *";

    public async Task RunAsync(CancellationToken cancellationToken) => await delivery.SendDueAsync(cancellationToken);
}
