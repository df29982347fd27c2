using LabFlow.Workflows.Definitions;

namespace LabFlow.Workflows.Execution;

/// <summary>The connections of a definition indexed for the runner: outgoing by outcome, inbound, and reachability.</summary>
internal sealed class FlowGraph
{
    // One graph per definition object, shared by every burst that runs it (a graph is only read after it is built);
    // definitions are shared the same way (the stores cache them), and the graph goes when its definition does.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<WorkflowDefinition, FlowGraph> Graphs = [];

    private readonly Dictionary<string, List<ConnectionDefinition>> _outgoing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ConnectionDefinition>> _inbound = new(StringComparer.Ordinal);

    // Looked up on every step and transition, so built once: a scan of the definition's activities, a LINQ filter
    // over the outgoing connections and a new key string per token were a large part of a short step's cost.
    private readonly Dictionary<string, ActivityNode> _activities = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string Outcome), ConnectionDefinition[]> _outgoingByOutcome = [];
    private readonly Dictionary<ConnectionDefinition, string> _keys = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string[]> _inboundKeys = new(StringComparer.Ordinal);

    private FlowGraph(WorkflowDefinition definition)
    {
        foreach (var activity in definition.Activities)
        {
            _activities.TryAdd(activity.Id, activity); // the first of a duplicated id, as FindActivity answers
        }

        foreach (var connection in definition.Connections)
        {
            Add(_outgoing, connection.From, connection);
            Add(_inbound, connection.To, connection);
            _keys.TryAdd(connection, KeyOf(connection));
        }

        foreach (var (from, list) in _outgoing)
        {
            foreach (var group in list.GroupBy(c => c.OutcomeOrDefault, StringComparer.Ordinal))
            {
                _outgoingByOutcome[(from, group.Key)] = [.. group];
            }
        }

        foreach (var (to, list) in _inbound)
        {
            _inboundKeys[to] = [.. list.Select(Key)];
        }
    }

    /// <summary>The graph of <paramref name="definition"/>, built once per definition object.</summary>
    public static FlowGraph Of(WorkflowDefinition definition) => Graphs.GetValue(definition, static d => new FlowGraph(d));

    /// <summary>A stable key of a connection, used for join bookkeeping and token arrival.</summary>
    public static string KeyOf(ConnectionDefinition connection) =>
        $"{connection.From}:{connection.OutcomeOrDefault}->{connection.To}";

    /// <summary>The key of a connection of this graph (<see cref="KeyOf"/>), built once.</summary>
    public string Key(ConnectionDefinition connection) =>
        _keys.TryGetValue(connection, out var key) ? key : KeyOf(connection);

    /// <summary>The activity with <paramref name="activityId"/>, or <c>null</c> (as <see cref="WorkflowDefinition.FindActivity"/>).</summary>
    public ActivityNode? FindActivity(string activityId) => _activities.GetValueOrDefault(activityId);

    // Arrays, not interfaces: a foreach over an IReadOnlyList allocates an enumerator on every transition.
    public ConnectionDefinition[] Outgoing(string activityId, string outcome) =>
        _outgoingByOutcome.TryGetValue((activityId, outcome), out var list) ? list : [];

    public IReadOnlyList<ConnectionDefinition> Inbound(string activityId) =>
        _inbound.TryGetValue(activityId, out var list) ? list : [];

    /// <summary>The keys of the inbound connections of <paramref name="activityId"/>.</summary>
    public string[] InboundKeys(string activityId) =>
        _inboundKeys.TryGetValue(activityId, out var keys) ? keys : [];

    /// <summary>
    /// The inbound connections of <paramref name="joinId"/> a branch at <paramref name="position"/> can still deliver
    /// through, without passing through the join itself (passing it would make the join fire first).
    /// </summary>
    public HashSet<string> InboundReachableFrom(string position, string joinId)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { position };
        var pending = new Stack<string>();
        pending.Push(position);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (string.Equals(current, joinId, StringComparison.Ordinal) || !_outgoing.TryGetValue(current, out var next))
            {
                continue;
            }

            foreach (var connection in next)
            {
                if (visited.Add(connection.To))
                {
                    pending.Push(connection.To);
                }
            }
        }

        return Inbound(joinId)
            .Where(c => visited.Contains(c.From) && !string.Equals(c.From, joinId, StringComparison.Ordinal))
            .Select(Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, List<ConnectionDefinition>> index, string key, ConnectionDefinition connection)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index.Add(key, list);
        }

        list.Add(connection);
    }
}
