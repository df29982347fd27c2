using System.Text.Json.Nodes;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Between the engine's records and the rows. Times are written in UTC: PostgreSQL's timestamptz accepts only
/// UTC, and SQLite keeps UTC ticks.
/// </summary>
internal static class RowMapper
{
    public static WorkflowInstanceRow ToRow(WorkflowInstance instance) => new()
    {
        Id = instance.Id,
        DefinitionId = instance.DefinitionId,
        DefinitionVersion = instance.DefinitionVersion,
        Status = instance.Status.ToString(),
        ConcurrencyToken = instance.ConcurrencyToken,
        CreatedAt = instance.CreatedAt.ToUniversalTime(),
        UpdatedAt = instance.UpdatedAt.ToUniversalTime(),
        FinishedAt = instance.FinishedAt?.ToUniversalTime(),
        State = WorkflowStateSerializer.Serialize(instance.State),
        Phases = ToPhaseRows(instance),
    };

    public static List<WorkflowInstancePhaseRow> ToPhaseRows(WorkflowInstance instance) =>
        [.. instance.ActivePhases.Distinct(StringComparer.Ordinal).Select((phase, position) => new WorkflowInstancePhaseRow { InstanceId = instance.Id, Phase = phase, Position = position })];

    public static WorkflowInstance ToInstance(WorkflowInstanceRow row) => new()
    {
        Id = row.Id,
        DefinitionId = row.DefinitionId,
        DefinitionVersion = row.DefinitionVersion,
        Status = Enum.Parse<WorkflowStatus>(row.Status),
        ActivePhases = [.. row.Phases.OrderBy(p => p.Position).Select(p => p.Phase)],
        ConcurrencyToken = row.ConcurrencyToken,
        CreatedAt = row.CreatedAt,
        UpdatedAt = row.UpdatedAt,
        FinishedAt = row.FinishedAt,
        State = WorkflowStateSerializer.Deserialize(row.State),
    };

    public static BookmarkRow ToRow(Bookmark bookmark) => new()
    {
        Id = bookmark.Id,
        InstanceId = bookmark.InstanceId,
        ActivityId = bookmark.ActivityId,
        Kind = bookmark.Kind,
        Key = bookmark.Key,
        CreatedAt = bookmark.CreatedAt.ToUniversalTime(),
        DueAt = bookmark.DueAt?.ToUniversalTime(),
        Data = bookmark.Data?.ToJsonString(),
        TokenId = bookmark.TokenId,
    };

    public static Bookmark ToBookmark(BookmarkRow row) =>
        new(row.Id, row.InstanceId, row.ActivityId, row.Kind, row.Key, row.CreatedAt, row.DueAt, ParseObject(row.Data), row.TokenId);

    public static JournalEntryRow ToRow(JournalEntry entry) => new()
    {
        InstanceId = entry.InstanceId,
        Sequence = entry.Sequence,
        Timestamp = entry.Timestamp.ToUniversalTime(),
        Event = entry.Event.ToString(),
        Actor = entry.Actor,
        ActivityId = entry.ActivityId,
        Outcome = entry.Outcome,
        Message = entry.Message,
        Data = entry.Data?.ToJsonString(),
    };

    public static JournalEntry ToEntry(JournalEntryRow row) =>
        new(row.InstanceId, row.Sequence, row.Timestamp, Enum.Parse<JournalEvent>(row.Event), row.Actor, row.ActivityId, row.Outcome, row.Message, ParseObject(row.Data));

    private static JsonObject? ParseObject(string? json) => json is null ? null : JsonNode.Parse(json)?.AsObject();
}
