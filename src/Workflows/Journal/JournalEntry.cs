using System.Text.Json.Nodes;

namespace LabFlow.Workflows.Journal;

/// <summary>One step of a lab's timeline and audit trail.</summary>
public sealed record JournalEntry(
    Guid InstanceId,
    long Sequence,
    DateTimeOffset Timestamp,
    JournalEvent Event,
    string Actor,
    string? ActivityId = null,
    string? Outcome = null,
    string? Message = null,
    JsonObject? Data = null);
