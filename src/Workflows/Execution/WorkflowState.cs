using System.Text.Json.Nodes;

namespace LabFlow.Workflows.Execution;

/// <summary>
/// The runner's working state of one instance, stored as one JSON document (see <see cref="WorkflowStateSerializer"/>).
/// </summary>
public sealed record WorkflowState
{
    /// <summary>The inputs the lab was started with.</summary>
    public JsonObject Inputs { get; init; } = [];

    public JsonObject Variables { get; init; } = [];

    /// <summary>Outputs of completed activities, visible to expressions as <c>tasks.&lt;activityId&gt;</c>.</summary>
    public JsonObject Outputs { get; init; } = [];

    /// <summary>Lab-level context visible to expressions as <c>lab</c>.</summary>
    public JsonObject LabContext { get; init; } = [];

    /// <summary>Branches that wait on a bookmark or are faulted.</summary>
    public List<TokenState> Tokens { get; init; } = [];

    /// <summary>Per Join activity: the inbound connections that delivered since it last fired.</summary>
    public Dictionary<string, JoinState> Joins { get; init; } = [];

    public List<Incident> Incidents { get; init; } = [];

    /// <summary>The last journal sequence number used by this instance.</summary>
    public long JournalSequence { get; set; }
}

/// <summary>A branch that is held at an activity (waiting on a bookmark, or faulted there).</summary>
/// <param name="Lineage">
/// The Any joins this branch came out of, each with the firing it descends from (see <see cref="JoinState.Firing"/>):
/// a branch that loops back to such a join starts its next round instead of being dropped.
/// </param>
public sealed record TokenState(Guid Id, string ActivityId, TokenStatus Status, string? ArrivedFrom = null, IReadOnlyDictionary<string, Guid>? Lineage = null);

public enum TokenStatus
{
    Waiting,
    Faulted,
}

/// <summary>Which inbound connections of a Join have delivered since it last fired.</summary>
public sealed record JoinState
{
    public List<string> Arrived { get; init; } = [];

    /// <summary>For Join Any: it fired and drops further tokens until reached again.</summary>
    public bool Fired { get; init; }

    /// <summary>
    /// For Join Any: the id of its last firing, carried in the lineage of every token that came out of it. A token
    /// that arrives with it has come back round a loop, so the join is reached again; any other token is dropped.
    /// <c>null</c> in state stored before firings were tracked.
    /// </summary>
    public Guid? Firing { get; init; }

    /// <summary>For Join All: the lineage of the tokens that arrived, handed on to the token it fires with.</summary>
    public Dictionary<string, Guid>? Lineage { get; init; }
}

/// <summary>A fault of one branch: shown on the lab until retried or skipped.</summary>
public sealed record Incident(Guid Id, Guid TokenId, string ActivityId, string Message, DateTimeOffset CreatedAt);
