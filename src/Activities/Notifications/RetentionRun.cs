namespace LabFlow.Activities.Notifications;

/// <summary>What one retention clean-up cleared, for the administrator to read. Holds counts and lab ids, no personal data.</summary>
/// <param name="Period">The retention period in effect.</param>
/// <param name="Cutoff">Labs that finished (or were cancelled) before this moment were cleared.</param>
/// <param name="LabIds">The labs something was cleared from.</param>
/// <param name="TaskAnswersCleared">Tasks whose answers (and unsent drafts) were removed.</param>
/// <param name="CommentsRemoved">Comments removed from tasks.</param>
/// <param name="PeopleRemoved">People removed from labs' own people.</param>
/// <param name="JournalEntriesRemoved">Journal entries deleted.</param>
/// <param name="HistoryNotesCleared">Free-text notes removed from tasks' history (delegation, reassignment, skip and due-date notes).</param>
/// <param name="StateValuesCleared">
/// Values removed from the labs' stored workflow state: step outputs (the answers later steps read as
/// <c>tasks.&lt;step&gt;</c>) and variables holding text, lists or objects.
/// </param>
/// <param name="EmailsBlanked">Sent email rows about the labs whose recipient, subject, bodies, model and attachments were blanked.</param>
/// <param name="IdeasCleared">Idea submissions of the labs' collections whose answers were removed.</param>
public sealed record RetentionRun(
    Guid Id,
    DateTimeOffset At,
    TimeSpan Period,
    DateTimeOffset Cutoff,
    IReadOnlyList<Guid> LabIds,
    int TaskAnswersCleared,
    int CommentsRemoved,
    int PeopleRemoved,
    int JournalEntriesRemoved,
    int HistoryNotesCleared = 0,
    int StateValuesCleared = 0,
    int EmailsBlanked = 0,
    int IdeasCleared = 0)
{
    /// <summary>Uploaded files of the labs' File fields (tasks' and ideas') that were deleted.</summary>
    public int AttachmentsRemoved { get; init; }

    /// <summary>Whether the run cleared anything at all.</summary>
    public bool ClearedAnything =>
        TaskAnswersCleared + CommentsRemoved + PeopleRemoved + JournalEntriesRemoved
        + HistoryNotesCleared + StateValuesCleared + EmailsBlanked + IdeasCleared + AttachmentsRemoved > 0;
}
