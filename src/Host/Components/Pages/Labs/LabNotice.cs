namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>The outcome of a facilitator's action, shown at the top of the management section.</summary>
public sealed record LabNotice(string Text, bool Success);
