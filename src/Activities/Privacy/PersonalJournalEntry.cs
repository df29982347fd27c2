namespace LabFlow.Activities.Privacy;

/// <summary>A journal entry the person is the actor of, without its data (which may quote a step's answers).</summary>
public sealed record PersonalJournalEntry(Guid LabId, DateTimeOffset Timestamp, string Event, string? ActivityId, string? Outcome);
