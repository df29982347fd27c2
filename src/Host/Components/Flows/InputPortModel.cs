using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;

namespace LabFlow.Host.Components.Flows;

/// <summary>The port connections arrive at. Links never start here: they start at an outcome.</summary>
public sealed class InputPortModel(ActivityNodeModel parent) : PortModel(parent, PortAlignment.Left)
{
    public override bool CanAttachTo(ILinkable other) => false;
}
