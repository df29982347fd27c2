using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Flows;

/// <summary>
/// An activity on the canvas. <see cref="Activity"/> is the activity exactly as the flow holds it; the canvas
/// position is written back into its <c>designer</c> only when the node is moved, so an activity the file placed
/// nowhere stays without a position until someone moves it.
/// </summary>
public sealed class ActivityNodeModel : NodeModel
{
    public ActivityNodeModel(ActivityNode activity, ActivityDescriptor? descriptor, Point position)
        : base(position)
    {
        Activity = activity;
        Descriptor = descriptor;
        InputPort = new InputPortModel(this);
        AddPort(InputPort);
    }

    public ActivityNode Activity { get; set; }

    /// <summary>The type's descriptor; <c>null</c> for a type the registry does not know (validation says so).</summary>
    public ActivityDescriptor? Descriptor { get; set; }

    public InputPortModel InputPort { get; }

    public IEnumerable<OutcomePortModel> OutcomePorts => Ports.OfType<OutcomePortModel>();

    /// <summary>The declared phase the activity belongs to, or <c>null</c>.</summary>
    public PhaseDefinition? Phase { get; set; }

    /// <summary>The phase's place in the flow's phase list (for its colour); -1 when it has none.</summary>
    public int PhaseIndex { get; set; } = -1;

    /// <summary>Whether the last validation reported an error under this activity.</summary>
    public bool HasError { get; set; }

    /// <summary>Whether the designer's test run waits at this activity now.</summary>
    public bool IsActive { get; set; }

    public OutcomePortModel? FindOutcomePort(string outcome) =>
        OutcomePorts.FirstOrDefault(p => string.Equals(p.Outcome, outcome, StringComparison.Ordinal));
}
