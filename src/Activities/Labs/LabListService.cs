using LabFlow.Activities.Listing;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Time;

namespace LabFlow.Activities.Labs;

/// <summary>
/// The lab list (<c>/labs</c> and <c>GET /api/v1/labs</c>): the labs a person can see (<see cref="LabAccess"/>), filtered,
/// newest first, a page at a time with an opaque cursor that stays right when labs are launched meanwhile.
/// </summary>
public sealed class LabListService(ILabListStore store, LabAccess access, LabCalendar calendar, TimeProvider timeProvider)
{
    /// <exception cref="LabDomainException"><c>invalid</c> for a limit out of range, a cursor this list did not make or a too long search.</exception>
    public async Task<ListPage<LabListItem>> ListAsync(Guid viewerId, LabListFilter filter, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var take = ListLimits.PageSize(limit);
        if (filter.Search is { Length: > LabLimits.TitleLength })
        {
            throw LabDomainException.Invalid("search", ListMessages.SearchTooLong.With(("length", filter.Search.Length), ("max", LabLimits.TitleLength)));
        }

        LabListKey? after = null;
        if (cursor is not null)
        {
            var parts = ListCursor.Decode(cursor, 2);
            after = new LabListKey(ListCursor.ReadInstant(parts[0]), ListCursor.ReadId(parts[1]));
        }

        var visibility = new LabVisibility(viewerId, await access.VisibleAdministrationsAsync(viewerId, cancellationToken));
        var search = string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search.Trim();
        var today = calendar.DateOf(timeProvider.GetUtcNow());
        var items = await store.ListAsync(visibility, filter with { Search = search }, after, take + 1, today, cancellationToken);
        if (items.Count <= take)
        {
            return new ListPage<LabListItem>(items, null);
        }

        var last = items[take - 1].Lab;
        return new ListPage<LabListItem>([.. items.Take(take)], ListCursor.Encode(ListCursor.Of(last.CreatedAt), last.Id.ToString("N")));
    }
}
