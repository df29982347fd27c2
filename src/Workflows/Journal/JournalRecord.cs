using System.Text.Json.Nodes;

namespace LabFlow.Workflows.Journal;

/// <summary>A <see cref="JournalEntry"/> without its lab's id, kept inline.</summary>
internal readonly record struct JournalRecord(
    long Sequence, DateTimeOffset Timestamp, JournalEvent Event, string Actor, string? ActivityId, string? Outcome, string? Message, JsonObject? Data)
{
    public JournalEntry ToEntry(Guid instanceId) => new(instanceId, Sequence, Timestamp, Event, Actor, ActivityId, Outcome, Message, Data);
}
