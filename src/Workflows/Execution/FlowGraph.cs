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

    private FlowGraph(WorkflowDefinition definition)
    {
        foreach (var connection in definition.Connections)
        {
            Add(_outgoing, connection.From, connection);
            Add(_inbound, connection.To, connection);
        }
    }

    /// <summary>The graph of <paramref name="definition"/>, built once per definition object.</summary>
    public static FlowGraph Of(WorkflowDefinition definition) => Graphs.GetValue(definition, static d => new FlowGraph(d));

    /// <summary>A stable key of a connection, used for join bookkeeping and token arrival.</summary>
    public static string KeyOf(ConnectionDefinition connection) =>
        $"{connection.From}:{connection.OutcomeOrDefault}->{connection.To}";

    public IEnumerable<ConnectionDefinition> Outgoing(string activityId, string outcome) =>
        _outgoing.TryGetValue(activityId, out var list)
            ? list.Where(c => string.Equals(c.OutcomeOrDefault, outcome, StringComparison.Ordinal))
            : [];

    public IReadOnlyList<ConnectionDefinition> Inbound(string activityId) =>
        _inbound.TryGetValue(activityId, out var list) ? list : [];

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
            .Select(KeyOf)
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
