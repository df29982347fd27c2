namespace LabFlow.Activities.Notifications;

/// <summary>What one retention clean-up cleared, for the administrator to read. Holds counts and lab ids, no personal data.</summary>
/// <param name="Period">The retention period in effect.</param>
/// <param name="Cutoff">Labs that finished (or were cancelled) before this moment were cleared.</param>
/// <param name="LabIds">The labs something was cleared from.</param>
/// <param name="TaskAnswersCleared">Tasks whose answers (and unsent drafts) were removed.</param>
/// <param name="CommentsRemoved">Comments removed from tasks.</param>
/// <param name="PeopleRemoved">People removed from labs' own people.</param>
/// <param name="JournalEntriesRemoved">Journal entries deleted.</param>
public sealed record RetentionRun(
    Guid Id,
    DateTimeOffset At,
    TimeSpan Period,
    DateTimeOffset Cutoff,
    IReadOnlyList<Guid> LabIds,
    int TaskAnswersCleared,
    int CommentsRemoved,
    int PeopleRemoved,
    int JournalEntriesRemoved)
{
    /// <summary>Whether the run cleared anything at all.</summary>
    public bool ClearedAnything => TaskAnswersCleared + CommentsRemoved + PeopleRemoved + JournalEntriesRemoved > 0;
}
