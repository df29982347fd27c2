using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabFlow.Workflows.Execution;

/// <summary>
/// A deep copy of a <see cref="WorkflowState"/> that is what a round trip through <see cref="WorkflowStateSerializer"/>
/// gives, without the JSON text: objects compare property names case-insensitively (the serializer's web defaults),
/// values are backed by <see cref="JsonElement"/>s (so <c>TryGetValue</c> converts as it does on stored state), and
/// nothing in the copy is shared with the original but immutable parts (elements of parsed documents, records of
/// immutable values). The round trip was about a tenth of a short flow's CPU in memory (issue 17): a copy on every
/// commit and read of the in-memory store and on every resume.
/// </summary>
internal static class WorkflowStateCopier
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    public static WorkflowState Copy(WorkflowState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var joins = new Dictionary<string, JoinState>(state.Joins.Count);
        foreach (var (id, join) in state.Joins)
        {
            joins[id] = new JoinState { Arrived = [.. join.Arrived], Fired = join.Fired, Firing = join.Firing, Lineage = CopyLineage(join.Lineage) };
        }

        var tokens = new List<TokenState>(state.Tokens.Count);
        foreach (var token in state.Tokens)
        {
            tokens.Add(token.Lineage is null ? token : token with { Lineage = CopyLineage(token.Lineage) });
        }

        return new WorkflowState
        {
            Inputs = CopyObject(state.Inputs)!,
            Variables = CopyObject(state.Variables)!,
            Outputs = CopyObject(state.Outputs)!,
            LabContext = CopyObject(state.LabContext)!,
            Tokens = tokens,
            Joins = joins,
            Incidents = [.. state.Incidents],
            JournalSequence = state.JournalSequence,
        };
    }

    /// <summary>A copy of a JSON value as the state's round trip would give it back.</summary>
    public static JsonNode? CopyNode(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => CopyObject(obj),
        JsonArray array => CopyArray(array),
        JsonValue value => CopyValue(value),
        _ => FromElement(JsonSerializer.SerializeToElement(node, WorkflowStateSerializer.Options)),
    };

    private static JsonObject? CopyObject(JsonObject? source)
    {
        if (source is null)
        {
            return null;
        }

        var copy = new JsonObject(NodeOptions);
        foreach (var (name, value) in source)
        {
            copy[name] = CopyNode(value);
        }

        return copy;
    }

    private static JsonArray CopyArray(JsonArray source)
    {
        var copy = new JsonArray(NodeOptions);
        foreach (var item in source)
        {
            copy.Add(CopyNode(item));
        }

        return copy;
    }

    private static JsonNode? CopyValue(JsonValue value)
    {
        // A value read from JSON shares its (immutable) element; Clone copies it only when its document is pooled.
        if (value.TryGetValue<JsonElement>(out var element))
        {
            return FromElement(element.Clone());
        }

        // A value made in .NET (a number a handler computed, a date): its JSON form read back, as the round trip does.
        return FromElement(JsonSerializer.SerializeToElement<JsonNode>(value, WorkflowStateSerializer.Options));
    }

    private static JsonNode? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => JsonObject.Create(element, NodeOptions),
        JsonValueKind.Array => JsonArray.Create(element, NodeOptions),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => JsonValue.Create(element, NodeOptions),
    };

    private static Dictionary<string, Guid>? CopyLineage(IReadOnlyDictionary<string, Guid>? lineage)
    {
        if (lineage is null)
        {
            return null;
        }

        var copy = new Dictionary<string, Guid>(lineage.Count);
        foreach (var (join, firing) in lineage)
        {
            copy[join] = firing;
        }

        return copy;
    }
}
