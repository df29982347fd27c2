namespace LabFlow.Host.Infrastructure.Persistence.Notifications;

/// <summary>One retention clean-up that cleared something: when, under which period, which labs, and counts only.</summary>
internal sealed class RetentionRunRow
{
    public Guid Id { get; set; }

    public DateTimeOffset At { get; set; }

    public TimeSpan Period { get; set; }

    public DateTimeOffset Cutoff { get; set; }

    /// <summary>The lab ids, as a JSON list.</summary>
    public required string LabIds { get; set; }

    public int TaskAnswersCleared { get; set; }

    public int CommentsRemoved { get; set; }

    public int PeopleRemoved { get; set; }

    public int JournalEntriesRemoved { get; set; }

    public int HistoryNotesCleared { get; set; }

    public int StateValuesCleared { get; set; }

    public int EmailsBlanked { get; set; }

    public int IdeasCleared { get; set; }
}
