using System.Globalization;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;

namespace LabFlow.Host.Api;

/// <summary>
/// Collects every problem with a request body, keyed by the field's JSON path (camelCase, as the body is written),
/// so one 400 answer lists everything to fix.
/// </summary>
internal sealed class FieldErrors
{
    // The same collector and messages as the domain's, so a field's error reads alike whichever side found it.
    private readonly InputErrors _errors = new();

    // Texts already in the caller's language (form answers) or in English only (the API's own request checks).
    private readonly Dictionary<string, List<string>> _texts = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.IsEmpty && _texts.Count == 0;

    public FieldErrors Add(string path, CodedMessage message)
    {
        _errors.Add(path, message);
        return this;
    }

    /// <summary>A check the API makes itself, with an English text only (shown as <c>input.other</c>).</summary>
    public FieldErrors Add(string path, string message)
    {
        if (!_texts.TryGetValue(path, out var texts))
        {
            _texts[path] = texts = [];
        }

        texts.Add(message);
        return this;
    }

    /// <summary>A required text: present, not blank, and at most <paramref name="maxLength"/> characters.</summary>
    public FieldErrors RequireText(string path, string? value, int maxLength, string what)
    {
        _errors.RequireText(path, value, maxLength, what);
        return this;
    }

    /// <summary>An optional text of at most <paramref name="maxLength"/> characters.</summary>
    public FieldErrors LimitText(string path, string? value, int maxLength, string what)
    {
        _errors.LimitText(path, value, maxLength, what);
        return this;
    }

    public IResult ToProblem(string? detail = null) =>
        ApiProblems.Validation(
            _errors.ToDictionary(MessageCatalogue.CurrentLanguage)
                .Select(e => KeyValuePair.Create(e.Key, e.Value.AsEnumerable()))
                .Concat(_texts.Select(t => KeyValuePair.Create(t.Key, t.Value.AsEnumerable())))
                .GroupBy(e => e.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray(), StringComparer.Ordinal),
            detail);

    /// <summary>Form answer errors keyed by the answer's path, in the caller's language (Swedish unless they ask for English).</summary>
    public static IResult FromForm(IEnumerable<FormError> errors, string detail)
    {
        var collected = new FieldErrors();
        foreach (var error in errors)
        {
            collected.Add(error.Path, error.Message.Get(CultureInfo.CurrentUICulture));
        }

        return collected.ToProblem(detail);
    }
}
