namespace LabFlow.Activities.Labs;

/// <summary>A lab or task command that cannot be carried out; <see cref="Code"/> is stable, the message says what to do.</summary>
public sealed class LabDomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public static LabDomainException LabConflict(Guid labId) =>
        new("lab_conflict", $"Lab {labId} was changed by someone else at the same time. Reload it and try again.");
}
