using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// Which steps' answers an input reads: <c>tasks.&lt;stepId&gt;</c> or <c>tasks["&lt;stepId&gt;"]</c> in its
/// expressions (<c>{ "js": … }</c>, <c>{ "liquid": … }</c>, at any depth). The one reading of that grammar for the
/// email handler (which sends a quoting email only to the step's readers) and the loader's check that restricted
/// answers are not copied where everyone reads them (<see cref="RestrictedAnswerCopies"/>).
/// </summary>
public static partial class AnswerQuotes
{
    /// <summary>The step ids the expressions in <paramref name="input"/> read answers of.</summary>
    public static IEnumerable<string> StepsReadBy(JsonNode? input) => input switch
    {
        JsonObject expression when expression.Count == 1 && (expression["js"] ?? expression["liquid"]) is { } script =>
            Texts(script).SelectMany(text => QuotedStep().Matches(text).Select(m => m.Groups["step"].Value)),
        JsonObject other => other.SelectMany(p => StepsReadBy(p.Value)),
        JsonArray items => items.SelectMany(StepsReadBy),
        _ => [],
    };

    /// <summary>The script's text, or its text per language (<c>{ "liquid": { "sv": …, "en": … } }</c>).</summary>
    private static IEnumerable<string> Texts(JsonNode? script) => script switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        JsonObject byCulture => byCulture.SelectMany(p => Texts(p.Value)),
        _ => [],
    };

    [GeneratedRegex(@"\btasks(?:\.|\[\s*[""'])(?<step>[A-Za-z_][A-Za-z0-9_-]*)")]
    private static partial Regex QuotedStep();
}
