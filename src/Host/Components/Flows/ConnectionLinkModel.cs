using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Models;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Flows;

/// <summary>
/// A connection on the canvas: from an outcome port to an activity's input port. <see cref="WrittenOutcome"/> keeps
/// the outcome exactly as the file wrote it (absent for Done), so saving an unchanged flow gives the same JSON.
/// </summary>
public sealed class ConnectionLinkModel : LinkModel
{
    public ConnectionLinkModel(OutcomePortModel source, Anchor target, string? writtenOutcome)
        : base(new SinglePortAnchor(source), target)
    {
        WrittenOutcome = writtenOutcome;
        TargetMarker = LinkMarker.Arrow;
        AddLabel(source.Parent is ActivityNodeModel node ? OutcomeTexts.Of(node.Activity, source.Outcome) : source.Outcome);
    }

    public string? WrittenOutcome { get; }

    public OutcomePortModel SourcePort => (OutcomePortModel)Source.Model!;

    public ActivityNodeModel From => (ActivityNodeModel)SourcePort.Parent;

    /// <summary>The activity the connection leads to; <c>null</c> while it is being dragged.</summary>
    public ActivityNodeModel? To => Target.Model is InputPortModel input ? (ActivityNodeModel)input.Parent : null;

    public bool IsComplete => To is not null;

    public string Outcome => SourcePort.Outcome;

    public ConnectionDefinition ToDefinition() => new()
    {
        From = From.Activity.Id,
        Outcome = WrittenOutcome,
        To = To?.Activity.Id ?? throw new InvalidOperationException("A connection that is still being dragged has no target."),
    };
}
