using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// The stores share the scope's one <see cref="LabFlowDbContext"/> with ASP.NET Core Identity. After a command a store
/// forgets LabFlow's own rows, so the next command reads fresh state; Identity's users and roles stay tracked, because
/// its UserManager keeps working with the instances it loaded between calls.
/// </summary>
internal static class LabFlowRowTracking
{
    private static readonly string RowNamespace = typeof(LabFlowRowTracking).Namespace!;

    public static void ForgetLabFlowRows(this LabFlowDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => IsLabFlowRow(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private static bool IsLabFlowRow(object entity) =>
        entity.GetType().Namespace?.StartsWith(RowNamespace, StringComparison.Ordinal) == true;
}
