using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace LabFlow.Workflows.Expressions;

/// <summary>
/// Recognises and evaluates the value shapes a flow's inputs may take: a JSON literal,
/// <c>{ "js": "…" }</c> or <c>{ "liquid": "…" }</c>. An expression is an object with exactly one
/// property, <c>js</c> or <c>liquid</c>, whose value is a string; any other object is a literal.
/// </summary>
public static class ExpressionValue
{
    public const string ScriptProperty = "js";

    public const string TemplateProperty = "liquid";

    /// <summary>Whether <paramref name="raw"/> is a literal, a script or a template.</summary>
    public static ExpressionKind GetKind(JsonNode? raw) =>
        TryGetExpression(raw, out var kind, out _) ? kind : ExpressionKind.Literal;

    /// <summary>True when <paramref name="raw"/> is <c>{ "js": "…" }</c> or <c>{ "liquid": "…" }</c>.</summary>
    public static bool TryGetExpression(JsonNode? raw, out ExpressionKind kind, [NotNullWhen(true)] out string? code)
    {
        kind = ExpressionKind.Literal;
        code = null;
        if (raw is not JsonObject { Count: 1 } obj)
        {
            return false;
        }

        // By index: First() went through LINQ and a boxed enumerator on every evaluation of every input.
        var (name, value) = obj.GetAt(0);
        if (value is not JsonValue text || !text.TryGetValue(out code))
        {
            code = null;
            return false;
        }

        kind = name switch
        {
            ScriptProperty => ExpressionKind.Script,
            TemplateProperty => ExpressionKind.Template,
            _ => ExpressionKind.Literal,
        };
        if (kind == ExpressionKind.Literal)
        {
            code = null;
            return false;
        }

        return true;
    }

    /// <summary>True when <paramref name="raw"/> is an object with a <c>js</c> or <c>liquid</c> property that is not a valid expression.</summary>
    public static bool LooksLikeBrokenExpression(JsonNode? raw) =>
        raw is JsonObject obj
        && (obj.ContainsKey(ScriptProperty) || obj.ContainsKey(TemplateProperty))
        && !TryGetExpression(raw, out _, out _);

    /// <summary>
    /// The value of <paramref name="raw"/>: a copy of a literal, the result of a script, or a rendered template
    /// as a string. Expressions nested inside a literal are not evaluated; the activity that owns them does that.
    /// </summary>
    /// <exception cref="ExpressionException">The expression did not parse, threw or broke a sandbox limit.</exception>
    public static JsonNode? Evaluate(JsonNode? raw, IExpressionEvaluator evaluator, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        if (!TryGetExpression(raw, out var kind, out var code))
        {
            return raw?.DeepClone();
        }

        return kind == ExpressionKind.Script
            ? evaluator.EvaluateScript(code, scope)
            : JsonValue.Create(evaluator.RenderTemplate(code, scope));
    }
}
