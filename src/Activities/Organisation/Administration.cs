namespace LabFlow.Activities.Organisation;

/// <summary>A förvaltning: the organisation a lab belongs to.</summary>
/// <param name="Id">A stable slug (<c>grundskoleforvaltningen</c>).</param>
public sealed record Administration(string Id, string Name);
