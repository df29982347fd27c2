using System.Globalization;
using LabFlow.Activities.Forms;

namespace LabFlow.Host.Api;

/// <summary>
/// Collects every problem with a request body, keyed by the field's JSON path (camelCase, as the body is written),
/// so one 400 answer lists everything to fix.
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public FieldErrors Add(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var messages))
        {
            _errors[path] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    /// <summary>A required text: present, not blank, and at most <paramref name="maxLength"/> characters.</summary>
    public FieldErrors RequireText(string path, string? value, int maxLength, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(path, $"Give {what}.");
        }

        return value.Length > maxLength ? Add(path, $"Shorten {what} to at most {maxLength} characters (it has {value.Length}).") : this;
    }

    /// <summary>An optional text of at most <paramref name="maxLength"/> characters.</summary>
    public FieldErrors LimitText(string path, string? value, int maxLength, string what) =>
        value is { Length: var length } && length > maxLength
            ? Add(path, $"Shorten {what} to at most {maxLength} characters (it has {length}).")
            : this;

    public IResult ToProblem(string? detail = null) =>
        ApiProblems.Validation(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal), detail);

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
