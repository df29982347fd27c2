namespace LabFlow.Host.Components.Flows;

/// <summary>
/// The arrow keys on the canvas go along connections: → to the first activity the selected one leads to, ← back to
/// the one it was reached from (else its first predecessor), ↓ and ↑ to the next and previous of the activities the
/// same predecessor leads to (the other branches). With nothing selected, any arrow selects Start. Each move says in
/// a sentence where focus is and what it connects to, for the status line a screen reader reads.
/// </summary>
internal static class CanvasNavigation
{
    /// <summary>Where a key press goes: the activity to select (or <c>null</c> to stay) and the new parent for ↓ and ↑.</summary>
    public sealed record Result(ActivityNodeModel? To, ActivityNodeModel? Parent, string Notice);

    public static Result Move(FlowDiagram flow, ActivityNodeModel? current, ActivityNodeModel? parent, string key)
    {
        if (current is null)
        {
            var first = flow.Activities.FirstOrDefault(a => a.Activity.Type == "Start") ?? flow.Activities.FirstOrDefault();
            return first is null ? new Result(null, null, CanvasTexts.NothingToSelect) : Arrive(flow, first, null);
        }

        switch (key)
        {
            case "ArrowRight":
                var next = Targets(flow, current);
                return next.Count == 0 ? new Result(null, parent, CanvasTexts.NoNext(Name(current))) : Arrive(flow, next[0], current);
            case "ArrowLeft":
                var previous = Sources(flow, current);
                if (previous.Count == 0)
                {
                    return new Result(null, parent, CanvasTexts.NoPrevious(Name(current)));
                }

                var back = parent is not null && previous.Contains(parent) ? parent : previous[0];
                return Arrive(flow, back, Sources(flow, back).FirstOrDefault());
            default:
                var from = parent is not null && Targets(flow, parent).Contains(current) ? parent : Sources(flow, current).FirstOrDefault();
                var siblings = from is null ? [] : Targets(flow, from);
                if (from is null || siblings.Count < 2)
                {
                    return new Result(null, parent, CanvasTexts.NoOtherBranch(Name(current)));
                }

                var index = siblings.IndexOf(current);
                var step = key == "ArrowUp" ? -1 : 1;
                return Arrive(flow, siblings[(index + step + siblings.Count) % siblings.Count], from);
        }
    }

    /// <summary>The activities <paramref name="node"/> leads to, in the order of its outcomes.</summary>
    public static List<ActivityNodeModel> Targets(FlowDiagram flow, ActivityNodeModel node)
    {
        var ports = node.OutcomePorts.ToList();
        return [.. flow.Connections.Where(c => c.From == node).OrderBy(c => ports.IndexOf(c.SourcePort)).Select(c => c.To!).Distinct()];
    }

    /// <summary>The activities that lead to <paramref name="node"/>.</summary>
    public static List<ActivityNodeModel> Sources(FlowDiagram flow, ActivityNodeModel node) =>
        [.. flow.Connections.Where(c => c.To == node).Select(c => c.From).Distinct()];

    private static Result Arrive(FlowDiagram flow, ActivityNodeModel to, ActivityNodeModel? parent)
    {
        var outgoing = flow.Connections.Where(c => c.From == to)
            .Select(c => CanvasTexts.OutcomeTo(OutcomeTexts.Of(to.Activity, c.Outcome), Name(c.To!))).ToList();
        var incoming = Sources(flow, to).Count;
        return new Result(to, parent, CanvasTexts.AtActivity(Name(to), to.Descriptor?.DisplayName.Get() ?? to.Activity.Type, outgoing, incoming));
    }

    private static string Name(ActivityNodeModel node) => node.Activity.Name?.Get() ?? node.Activity.Id;
}
