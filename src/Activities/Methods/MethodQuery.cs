namespace LabFlow.Activities.Methods;

/// <summary>The library's search: words in the name, purpose or id (either language), a phase, a ground of discrimination.</summary>
public sealed record MethodQuery(string? Text = null, string? Phase = null, string? Ground = null);
