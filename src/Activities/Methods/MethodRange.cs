namespace LabFlow.Activities.Methods;

/// <summary>A range of whole numbers (minutes, people), both ends included.</summary>
public sealed record MethodRange(int Min, int Max);
