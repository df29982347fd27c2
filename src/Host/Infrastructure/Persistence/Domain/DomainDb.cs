using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain;

/// <summary>
/// Helpers the domain stores share. The stores use the scope's one <see cref="LabFlowDbContext"/>, which the commit
/// store also uses for bursts, so a store command leaves nothing tracked behind.
/// </summary>
internal static class DomainDb
{
    /// <summary>
    /// Saves what is tracked and forgets LabFlow's own rows, also when saving fails. Rows of other owners in the same
    /// context (ASP.NET Core Identity's users and roles, which its UserManager keeps tracking between calls) stay.
    /// </summary>
    public static async Task SaveAndForgetAsync(this LabFlowDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ForgetLabFlowRows();
        }
    }

    /// <summary>
    /// Updates a row, or inserts it when there is none; when another writer inserted it in between, updates again.
    /// </summary>
    public static async Task UpsertAsync(
        this LabFlowDbContext db, Func<Task<int>> updateAsync, Action insert, CancellationToken cancellationToken)
    {
        if (await updateAsync() > 0)
        {
            return;
        }

        insert();
        try
        {
            await db.SaveAndForgetAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            await updateAsync();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction of its own, or in the caller's when one is open (a burst).
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this LabFlowDbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
