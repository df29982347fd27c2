using LabFlow.Activities.Notifications;
using LabFlow.Host.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Notifications;

/// <summary>Deletes journal rows for retention, in one statement per lab.</summary>
internal sealed class EfCoreJournalRetention(LabFlowDbContext db) : IJournalRetention
{
    public Task<int> DeleteBeforeAsync(Guid instanceId, DateTimeOffset before, CancellationToken cancellationToken) =>
        db.Journal.Where(e => e.InstanceId == instanceId && e.Timestamp < before).ExecuteDeleteAsync(cancellationToken);
}
