using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>
/// The closed tasks and the timeline show a page at a time ("Visa fler"), each in a total order so the window kept
/// across reloads after an action neither repeats nor drops a row: the closed tasks in memory
/// (<see cref="Shared.KeysetWindow{T}"/>), the timeline by keyset in the database (<see cref="LabTimelineQuery"/>).
/// </summary>
public sealed partial class LabOverview
{
    /// <summary>How many closed tasks or timeline lines a page shows before "Visa fler" (a parameter for tests).</summary>
    [Parameter]
    public int ListPageSize { get; set; } = DefaultListPageSize;

    private const int DefaultListPageSize = 20;

    private static int NewestClosedFirst(LabTask a, LabTask b) =>
        Nullable.Compare(b.ClosedAt, a.ClosedAt) is var byClosed and not 0 ? byClosed : a.Id.CompareTo(b.Id);

    private LabOverviewModel? _model;
    private List<TimelineItem> _timeline = [];
    private LabTimelineKey? _timelineNext;
    private LabTimelineKey? _timelineLast;

    /// <summary>
    /// The timeline after a (re)load: everything up to the last line shown (by keyset in the database, so lines
    /// added meanwhile show and none shown drops out), or the first page.
    /// </summary>
    private async Task ReloadTimelineAsync()
    {
        var timeline = ScopedServices.GetRequiredService<LabTimelineQuery>();
        var page = _timelineLast is { } last
            ? await timeline.ThroughAsync(_model!, last, ListPageSize, CancellationToken.None)
            : await timeline.PageAsync(_model!, null, ListPageSize, CancellationToken.None);
        _timeline = [];
        ShowTimeline(page);
    }

    /// <summary>"Visa fler": the next page after the last line shown.</summary>
    private async Task MoreTimelineAsync()
    {
        if (_model is null || _timelineNext is null)
        {
            return;
        }

        ShowTimeline(await ScopedServices.GetRequiredService<LabTimelineQuery>().PageAsync(_model, _timelineNext, ListPageSize, CancellationToken.None));
    }

    private void ShowTimeline(LabTimelinePage page)
    {
        foreach (var (id, name) in page.People)
        {
            _people.TryAdd(id, name);
        }

        _timeline.AddRange(page.Items.Select(item => item.Entry is { } entry
            ? new TimelineItem(item.At, item.Sequence, Describe(entry))
            : new TimelineItem(item.At, item.Sequence, SkipText(item.SkippedTask!, item.Skip!))));
        _timelineNext = page.Next;
        if (page.Items.Count > 0)
        {
            _timelineLast = LabTimelineKey.Of(page.Items[^1]);
        }
    }
}
