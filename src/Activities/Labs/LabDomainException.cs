using LabFlow.Activities.Messages;

namespace LabFlow.Activities.Labs;

/// <summary>
/// A lab or task command that cannot be carried out. <see cref="Code"/> is the stable kind (<see cref="LabErrors"/>,
/// which the API maps to a status); <see cref="Text"/> is what to tell the user as a catalogue code with arguments,
/// so each door shows it in the reader's language. <see cref="Exception.Message"/> is the English text, for logs.
/// </summary>
public sealed class LabDomainException : Exception
{
    public LabDomainException(string code, CodedMessage text)
        : base(text.English)
    {
        Code = code;
        Text = text;
    }

    /// <summary>A refused command whose problems belong to named fields (the request's camelCase keys, <c>people[0].role</c>).</summary>
    /// <param name="englishMessage">The English summary for logs, when it says more than <paramref name="text"/>.</param>
    public LabDomainException(string code, CodedMessage text, IReadOnlyDictionary<string, IReadOnlyList<CodedMessage>> fields, string? englishMessage = null)
        : base(englishMessage ?? text.English)
    {
        Code = code;
        Text = text;
        Fields = fields;
    }

    public string Code { get; }

    /// <summary>What failed, as a catalogue code and arguments.</summary>
    public CodedMessage Text { get; }

    /// <summary>What to fix per field, or <c>null</c> when the problem is not one field's.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CodedMessage>>? Fields { get; }

    /// <summary>The field errors in English (logs, tests), or <c>null</c>.</summary>
    public IReadOnlyDictionary<string, string[]>? FieldErrors =>
        Fields?.ToDictionary(f => f.Key, f => f.Value.Select(m => m.English).ToArray(), StringComparer.Ordinal);

    /// <summary>The field errors in <paramref name="language"/>, or <c>null</c>.</summary>
    public Dictionary<string, string[]>? FieldErrorsIn(string language) =>
        Fields?.ToDictionary(f => f.Key, f => f.Value.Select(m => m.In(language)).ToArray(), StringComparer.Ordinal);

    /// <summary>An <c>invalid</c> refusal that belongs to one field.</summary>
    public static LabDomainException Invalid(string field, CodedMessage message) =>
        new(LabErrors.Invalid, message, new Dictionary<string, IReadOnlyList<CodedMessage>>(StringComparer.Ordinal) { [field] = [message] });

    public static LabDomainException LabConflict(Guid labId) =>
        new(LabErrors.LabConflict, LabMessages.ChangedConcurrently.With(("labId", labId)));
}
