using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;

namespace LabFlow.Host.Components.Flows;

/// <summary>One outcome of an activity (Done, True, approve …): the port a connection leaves from.</summary>
public sealed class OutcomePortModel(ActivityNodeModel parent, string outcome) : PortModel(parent, PortAlignment.Right)
{
    public string Outcome { get; } = outcome;

    /// <summary>A connection goes to another activity's input port, or to the activity itself when dropped on its body.</summary>
    public override bool CanAttachTo(ILinkable other) => other switch
    {
        InputPortModel input => input.Parent != Parent,
        ActivityNodeModel node => node != Parent,
        _ => false,
    };
}
