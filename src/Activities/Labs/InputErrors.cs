using LabFlow.Activities.Messages;

namespace LabFlow.Activities.Labs;

/// <summary>
/// Collects what is wrong with a command's input, keyed by field (camelCase, as the API body and the pages name it),
/// so the services refuse with every problem at once. The limits come from each feature's limits class
/// (<see cref="LabLimits"/>, <c>TaskLimits</c>, <c>OrganisationLimits</c>), one constant each.
/// </summary>
public sealed class InputErrors
{
    private readonly Dictionary<string, List<CodedMessage>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public InputErrors Add(string field, CodedMessage message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    /// <summary>A required text: present, not blank, and at most <paramref name="maxLength"/> characters.</summary>
    public InputErrors RequireText(string field, string? value, int maxLength, string what) =>
        string.IsNullOrWhiteSpace(value) ? Add(field, InputMessages.Required.With(("what", what))) : LimitText(field, value, maxLength, what);

    /// <summary>An optional text of at most <paramref name="maxLength"/> characters.</summary>
    public InputErrors LimitText(string field, string? value, int maxLength, string what) =>
        value is { Length: var length } && length > maxLength
            ? Add(field, InputMessages.TooLong.With(("what", what), ("max", maxLength), ("length", length)))
            : this;

    /// <summary>
    /// A required slug id (administrations, phases): lowercase letters a–z, digits and hyphens, at most
    /// <see cref="InputIds.MaxLength"/> characters, such as <c>grundskoleforvaltningen</c>.
    /// </summary>
    public InputErrors RequireId(string field, string? value, string what) =>
        InputIds.Problem(value, what) is { } problem ? Add(field, problem) : this;

    /// <summary>An enum value that has a name: integers cast to the enum (<c>(Role)99</c>) are refused.</summary>
    public InputErrors RequireDefined<TEnum>(string field, TEnum value)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? this
            : Add(field, InputMessages.NotDefined.With(("value", value), ("kind", typeof(TEnum).Name.ToLowerInvariant()), ("choices", string.Join(", ", Enum.GetNames<TEnum>()))));

    /// <summary>A value echoed in a message, cut short so an oversized input does not come back whole.</summary>
    public static string? Shortened(string? value) => value is { Length: > 50 } ? value[..50] + "…" : value;

    /// <summary>The errors so far in <paramref name="language"/> (English unless given), for a problem or a page's form.</summary>
    public IReadOnlyDictionary<string, string[]> ToDictionary(string language = MessageCatalogue.English) =>
        _errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.In(language)).ToArray(), StringComparer.Ordinal);

    /// <summary>The errors so far as codes with arguments.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CodedMessage>> ToCoded() =>
        _errors.ToDictionary(e => e.Key, e => (IReadOnlyList<CodedMessage>)[.. e.Value], StringComparer.Ordinal);

    /// <summary>
    /// Throws <see cref="LabDomainException"/> <c>invalid</c> with every field's errors when there are any;
    /// <paramref name="message"/> is the English summary for logs.
    /// </summary>
    public void ThrowIfAny(string message)
    {
        if (!IsEmpty)
        {
            throw new LabDomainException(
                LabErrors.Invalid,
                InputMessages.Invalid.Message,
                ToCoded(),
                $"{message} {string.Join(" ", _errors.Values.SelectMany(m => m).Select(m => m.English))}");
        }
    }
}
