namespace LabFlow.Workflows.Definitions;

/// <summary>Where the designer draws an activity. Ignored by execution.</summary>
public sealed record DesignerPosition(double X, double Y);
