using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// A commit's transaction from <see cref="WorkflowConnection.BeginTransactionAsync"/>: the provider's own transaction,
/// which EF Core uses but does not own, and on SQLite the write gate's lease. The lease is released as soon as SQLite's
/// transaction has ended (committed or rolled back), before anything else, so the next writer starts at once.
/// </summary>
internal sealed class WorkflowTransaction : IAsyncDisposable
{
    private readonly WorkflowConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly IDbContextTransaction _enlisted;
    private readonly SqliteWriteGate.Lease? _lease;
    private bool _disposed;

    public WorkflowTransaction(WorkflowConnection connection, DbTransaction transaction, IDbContextTransaction enlisted, SqliteWriteGate.Lease? lease)
    {
        _connection = connection;
        _transaction = transaction;
        _enlisted = enlisted;
        _lease = lease;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _transaction.CommitAsync(cancellationToken);
        _lease?.Release();
    }

    /// <summary>Rolls back when not committed (SQLite's and Npgsql's transactions do on dispose), then lets the connection go.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            // Not owned by EF Core: this only forgets it and closes the open that UseTransaction counted.
            await _enlisted.DisposeAsync();
        }
        finally
        {
            try
            {
                await _transaction.DisposeAsync();
            }
            finally
            {
                _lease?.Release();
                await _connection.EndTransactionAsync();
            }
        }
    }
}
