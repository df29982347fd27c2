using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>Open bookmarks are rows without <see cref="BookmarkRow.ConsumedAt"/>; consumed ones stay for <see cref="FindConsumedAsync"/>.</summary>
internal sealed class EfCoreBookmarkStore(LabFlowDbContext db) : IBookmarkStore
{
    private IQueryable<BookmarkRow> Open => db.Bookmarks.AsNoTracking().Where(b => b.ConsumedAt == null);

    public async Task<Bookmark?> FindAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        var row = await Open.FirstOrDefaultAsync(b => b.Id == bookmarkId, cancellationToken);
        return row is null ? null : RowMapper.ToBookmark(row);
    }

    public async Task<Bookmark?> FindConsumedAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        var row = await db.Bookmarks.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookmarkId && b.ConsumedAt != null, cancellationToken);
        return row is null ? null : RowMapper.ToBookmark(row);
    }

    public Task<IReadOnlyList<Bookmark>> ListByInstanceAsync(Guid instanceId, CancellationToken cancellationToken) =>
        ListAsync(Open.Where(b => b.InstanceId == instanceId).OrderBy(b => b.CreatedAt).ThenBy(b => b.Id), cancellationToken);

    public Task<IReadOnlyList<Bookmark>> ListByKeyAsync(string kind, string key, CancellationToken cancellationToken) =>
        ListAsync(Open.Where(b => b.Kind == kind && b.Key == key).OrderBy(b => b.CreatedAt).ThenBy(b => b.Id), cancellationToken);

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
}
