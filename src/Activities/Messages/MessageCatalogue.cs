using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace LabFlow.Activities.Messages;

/// <summary>
/// The one catalogue that turns error codes into Swedish and English, for the API (problem details) and the pages.
/// Its entries are the <see cref="MessageText"/> fields of the per-area classes in this namespace
/// (<see cref="LabMessages"/>, <see cref="TaskMessages"/> …), found once by reflection, so adding a text to an area
/// class is all it takes. The flow language's validation codes live in the engine core
/// (<c>ValidationCodes</c>); their texts are here in <see cref="FlowMessages"/>, because the core knows no language.
/// </summary>
public static partial class MessageCatalogue
{
    public const string Swedish = "sv";
    public const string English = "en";

    private static readonly FrozenDictionary<string, MessageText> Texts = typeof(MessageCatalogue).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(MessageCatalogue).Namespace && t is { IsAbstract: true, IsSealed: true })
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.FieldType == typeof(MessageText))
        .Select(f => (MessageText)f.GetValue(null)!)
        .ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);

    /// <summary>Every entry, for the catalogue's own tests and for documentation.</summary>
    public static IReadOnlyCollection<MessageText> All => Texts.Values;

    public static MessageText? Find(string code) => Texts.GetValueOrDefault(code);

    /// <summary><c>en</c> for an English culture, else <c>sv</c>.</summary>
    public static string LanguageOf(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == English ? English : Swedish;

    /// <summary>The language of the current UI culture (the page's or the API request's).</summary>
    public static string CurrentLanguage => LanguageOf(CultureInfo.CurrentUICulture);

    public static string Render(CodedMessage message, string language) =>
        message.Parts is not { Count: > 0 } parts
            ? Render(message.Code, message.Arguments, language)
            : Render(
                message.Code,
                message.Arguments.Concat(parts.Select(p => KeyValuePair.Create(p.Key, Render(p.Value, language)))).ToDictionary(StringComparer.Ordinal),
                language);

    /// <summary>
    /// The text of <paramref name="code"/> in <paramref name="language"/> with its arguments filled in; an unknown code
    /// (a bug the catalogue test catches) reads as the code and its arguments rather than failing the request.
    /// </summary>
    public static string Render(string code, IReadOnlyDictionary<string, string> arguments, string language)
    {
        if (!Texts.TryGetValue(code, out var text))
        {
            return arguments.Count == 0 ? code : $"{code} ({string.Join(", ", arguments.Select(a => $"{a.Key}={a.Value}"))})";
        }

        return Placeholder().Replace(text.Template(language), match =>
            arguments.TryGetValue(match.Groups[1].Value, out var value) ? value : match.Value);
    }

    /// <summary>The argument names a template uses.</summary>
    public static IReadOnlySet<string> ArgumentNames(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
