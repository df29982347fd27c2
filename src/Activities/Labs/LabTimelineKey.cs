namespace LabFlow.Activities.Labs;

/// <summary>
/// Where a line sits in a lab's timeline, newest first: its instant, then its journal sequence (a skip, which has
/// none, comes after the entries of its instant, <see cref="LabTimeline.SkipsOf"/>), then the skipped task's id, so
/// the order is total and a page's last line is an exact cursor.
/// </summary>
public sealed record LabTimelineKey(DateTimeOffset At, long Sequence, Guid TaskId)
{
    public static LabTimelineKey Of(LabTimelineItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.At, item.Sequence, item.SkippedTask?.Id ?? Guid.Empty);
    }

    /// <summary>The timeline's order: negative when <paramref name="a"/> shows before (is newer than) <paramref name="b"/>.</summary>
    public static int Order(LabTimelineKey a, LabTimelineKey b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return b.At.UtcTicks.CompareTo(a.At.UtcTicks) is var byTime and not 0
            ? byTime
            : b.Sequence.CompareTo(a.Sequence) is var bySequence and not 0 ? bySequence : b.TaskId.CompareTo(a.TaskId);
    }

    /// <summary>Whether this line shows after (is older than) <paramref name="other"/>.</summary>
    public bool ShowsAfter(LabTimelineKey other) => Order(this, other) > 0;
}
