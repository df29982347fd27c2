using System.Data.Common;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>Open bookmarks are rows without <see cref="BookmarkRow.ConsumedAt"/>; consumed ones stay for <see cref="FindConsumedAsync"/>.</summary>
internal sealed class EfCoreBookmarkStore(LabFlowDbContext db, WorkflowConnection connection) : IBookmarkStore
{
    // The reads every resume makes go through WorkflowConnection (issue 17); the filter and order are those of the model's
    // partial indexes on open bookmarks.
    private const string SelectOpen =
        "SELECT \"Id\", \"InstanceId\", \"ActivityId\", \"Kind\", \"Key\", \"CreatedAt\", \"DueAt\", \"Data\", \"TokenId\" FROM \"Bookmarks\" WHERE \"ConsumedAt\" IS NULL AND ";

    private const string InCreationOrder = " ORDER BY \"CreatedAt\", \"Id\"";

    private IQueryable<BookmarkRow> Open => db.Bookmarks.AsNoTracking().Where(b => b.ConsumedAt == null);

    public async Task<Bookmark?> FindAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        var rows = await connection.ReadAsync(SelectOpen + "\"Id\" = @id", c => c.With(db, "id", bookmarkId), ReadAsync, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<Bookmark?> FindConsumedAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        var row = await db.Bookmarks.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookmarkId && b.ConsumedAt != null, cancellationToken);
        return row is null ? null : RowMapper.ToBookmark(row);
    }

    /// <summary>An instance's open bookmarks in creation order, for the instance <c>@id</c> (EfCoreWorkflowBurstReader reads it with the instance).</summary>
    internal const string SelectOpenOfInstance = SelectOpen + "\"InstanceId\" = @id" + InCreationOrder;

    public async Task<IReadOnlyList<Bookmark>> ListByInstanceAsync(Guid instanceId, CancellationToken cancellationToken) =>
        await connection.ReadAsync(SelectOpenOfInstance, c => c.With(db, "id", instanceId), ReadAsync, cancellationToken);

    public async Task<IReadOnlyList<Bookmark>> ListByKeyAsync(string kind, string key, CancellationToken cancellationToken) =>
        await connection.ReadAsync(
            SelectOpen + "\"Kind\" = @kind AND \"Key\" = @key" + InCreationOrder,
            c => c.With(db, "kind", kind).With(db, "key", key),
            ReadAsync,
            cancellationToken);

    public Task<IReadOnlyList<Bookmark>> ListDueTimersAsync(DateTimeOffset dueBy, int take, CancellationToken cancellationToken)
    {
        var due = dueBy.ToUniversalTime();
        return ListAsync(
            Open.Where(b => b.Kind == BookmarkKinds.Timer && b.DueAt != null && b.DueAt <= due).OrderBy(b => b.DueAt).ThenBy(b => b.Id).Take(take),
            cancellationToken);
    }

    private static async Task<IReadOnlyList<Bookmark>> ListAsync(IQueryable<BookmarkRow> rows, CancellationToken cancellationToken)
    {
        var list = await rows.ToListAsync(cancellationToken);
        return [.. list.Select(RowMapper.ToBookmark)];
    }

    internal static async Task<List<Bookmark>> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var bookmarks = new List<Bookmark>();
        while (await reader.ReadAsync(cancellationToken))
        {
            bookmarks.Add(RowMapper.ToBookmark(new BookmarkRow
            {
                Id = reader.GetGuid(0),
                InstanceId = reader.GetGuid(1),
                ActivityId = reader.GetString(2),
                Kind = reader.GetString(3),
                Key = WorkflowSql.ReadNullableString(reader, 4),
                CreatedAt = WorkflowSql.ReadTime(reader, 5),
                DueAt = WorkflowSql.ReadNullableTime(reader, 6),
                Data = WorkflowSql.ReadNullableString(reader, 7),
                TokenId = reader.GetGuid(8),
            }));
        }

        return bookmarks;
    }
}
