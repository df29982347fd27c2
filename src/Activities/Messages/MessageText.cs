using System.Globalization;

namespace LabFlow.Activities.Messages;

/// <summary>
/// One entry of the catalogue: a code with its Swedish and English template. Templates name their arguments in
/// braces (<c>Labbet '{title}' är redan pausat.</c>); both languages use the same names.
/// </summary>
public sealed class MessageText(string code, string swedish, string english)
{
    public string Code { get; } = code;

    public string Swedish { get; } = swedish;

    public string English { get; } = english;

    /// <summary>This text without arguments.</summary>
    public CodedMessage Message => With();

    /// <summary>This text with its named arguments; values are written invariantly (dates as <c>yyyy-MM-dd</c>).</summary>
    public CodedMessage With(params (string Name, object? Value)[] arguments)
    {
        var parts = arguments.Where(a => a.Value is CodedMessage).ToDictionary(a => a.Name, a => (CodedMessage)a.Value!, StringComparer.Ordinal);
        return new(
            Code,
            arguments.Where(a => a.Value is not CodedMessage).ToDictionary(a => a.Name, a => Format(a.Value), StringComparer.Ordinal),
            parts.Count == 0 ? null : parts);
    }

    public string Template(string language) => language == MessageCatalogue.English ? English : Swedish;

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
