using LabFlow.Activities.Tasks;
using Microsoft.AspNetCore.Components;

namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>
/// The closed tasks and the timeline show a page at a time ("Visa fler"), each in a total order so the window kept
/// across reloads after an action (<see cref="Shared.KeysetWindow{T}"/>) neither repeats nor drops a row.
/// </summary>
public sealed partial class LabOverview
{
    /// <summary>How many closed tasks or timeline lines a page shows before "Visa fler" (a parameter for tests).</summary>
    [Parameter]
    public int ListPageSize { get; set; } = DefaultListPageSize;

    private const int DefaultListPageSize = 20;

    private static int NewestClosedFirst(LabTask a, LabTask b) =>
        Nullable.Compare(b.ClosedAt, a.ClosedAt) is var byClosed and not 0 ? byClosed : a.Id.CompareTo(b.Id);

    private static int NewestFirst(TimelineItem a, TimelineItem b) =>
        b.At.CompareTo(a.At) is var byTime and not 0 ? byTime : b.Sequence.CompareTo(a.Sequence);
}
