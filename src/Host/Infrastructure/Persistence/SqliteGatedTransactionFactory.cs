using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// EF Core's transactions on SQLite, each releasing the <see cref="SqliteWriteGate"/> lease that
/// <see cref="SqliteWriteGateInterceptor"/> took before beginning it, as soon as SQLite's transaction has ended.
/// </summary>
internal sealed class SqliteGatedTransactionFactory(RelationalTransactionFactoryDependencies dependencies) : RelationalTransactionFactory(dependencies)
{
    public override RelationalTransaction Create(
        IRelationalConnection connection,
        DbTransaction transaction,
        Guid transactionId,
        IDiagnosticsLogger<DbLoggerCategory.Database.Transaction> logger,
        bool transactionOwned) =>
        SqliteWriteGateInterceptor.TakeLease(transaction) is { } lease
            ? new GatedTransaction(connection, transaction, transactionId, logger, transactionOwned, Dependencies.SqlGenerationHelper, lease)
            : base.Create(connection, transaction, transactionId, logger, transactionOwned);

    /// <summary>
    /// Releases after a successful commit or rollback, and in any case when disposed: a failed commit is rolled back
    /// by the dispose that follows it, and a pooled context's reset disposes a transaction left open.
    /// </summary>
    private sealed class GatedTransaction(
        IRelationalConnection connection,
        DbTransaction transaction,
        Guid transactionId,
        IDiagnosticsLogger<DbLoggerCategory.Database.Transaction> logger,
        bool transactionOwned,
        ISqlGenerationHelper sqlGenerationHelper,
        SqliteWriteGate.Lease lease)
        : RelationalTransaction(connection, transaction, transactionId, logger, transactionOwned, sqlGenerationHelper)
    {
        public override void Commit()
        {
            base.Commit();
            lease.Release();
        }

        public override async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            await base.CommitAsync(cancellationToken);
            lease.Release();
        }

        public override void Rollback()
        {
            base.Rollback();
            lease.Release();
        }

        public override async Task RollbackAsync(CancellationToken cancellationToken = default)
        {
            await base.RollbackAsync(cancellationToken);
            lease.Release();
        }

        public override void Dispose()
        {
            try
            {
                base.Dispose();
            }
            finally
            {
                lease.Release();
            }
        }

        public override async ValueTask DisposeAsync()
        {
            try
            {
                await base.DisposeAsync();
            }
            finally
            {
                lease.Release();
            }
        }
    }
}
