namespace LabFlow.Host.Components.Shared;

/// <summary>
/// The part of an ordered list a page shows with "Visa fler": the first page, and after each "more" everything up
/// to and including the last item shown (a keyset, not a count). Rows added meanwhile therefore never push a shown
/// row out nor show one twice: new rows that sort before the last shown one appear, the rest wait for "more".
/// </summary>
/// <param name="order">The list's total order (e.g. newest first, then id), the same the items are given in.</param>
internal sealed class KeysetWindow<T>(Comparison<T> order, int pageSize)
    where T : class
{
    private T? _last;

    public IReadOnlyList<T> Visible { get; private set; } = [];

    public bool HasMore { get; private set; }

    public int PageSize { get; } = pageSize;

    /// <summary>Shows <paramref name="items"/> (in <c>order</c>) up to the last item shown so far, or the first page.</summary>
    public void Show(IReadOnlyList<T> items)
    {
        var last = _last;
        Visible = last is null ? [.. items.Take(PageSize)] : [.. items.TakeWhile(i => order(i, last) <= 0)];
        Remember(items);
    }

    /// <summary>Shows the next page of <paramref name="items"/> after the last item shown.</summary>
    public void More(IReadOnlyList<T> items)
    {
        Visible = [.. items.Take(Visible.Count + PageSize)];
        Remember(items);
    }

    private void Remember(IReadOnlyList<T> items)
    {
        _last = Visible.Count > 0 ? Visible[^1] : null;
        HasMore = Visible.Count < items.Count;
    }
}
