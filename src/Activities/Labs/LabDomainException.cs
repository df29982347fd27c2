namespace LabFlow.Activities.Labs;

/// <summary>A lab or task command that cannot be carried out; <see cref="Code"/> is stable, the message says what to do.</summary>
public sealed class LabDomainException(string code, string message) : Exception(message)
{
    /// <summary>A refused command whose problems belong to named fields (the request's camelCase keys, <c>people[0].role</c>).</summary>
    public LabDomainException(string code, string message, IReadOnlyDictionary<string, string[]> fieldErrors)
        : this(code, message) => FieldErrors = fieldErrors;

    public string Code { get; } = code;

    /// <summary>What to fix per field, or <c>null</c> when the problem is not one field's.</summary>
    public IReadOnlyDictionary<string, string[]>? FieldErrors { get; }

    /// <summary>An <c>invalid</c> refusal that belongs to one field.</summary>
    public static LabDomainException Invalid(string field, string message) =>
        new(LabErrors.Invalid, message, new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });

    public static LabDomainException LabConflict(Guid labId) =>
        new("lab_conflict", $"Lab {labId} was changed by someone else at the same time. Reload it and try again.");
}
