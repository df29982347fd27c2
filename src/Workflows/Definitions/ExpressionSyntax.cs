using LabFlow.Workflows.Expressions;

namespace LabFlow.Workflows.Definitions;

/// <summary>Checks that the code of a <c>{ "js" }</c> or <c>{ "liquid" }</c> value parses, without running it.</summary>
internal static class ExpressionSyntax
{
    /// <summary>The JSON property the code sits in (<c>js</c> or <c>liquid</c>).</summary>
    public static string PropertyOf(ExpressionKind kind) =>
        kind == ExpressionKind.Script ? ExpressionValue.ScriptProperty : ExpressionValue.TemplateProperty;

    /// <summary>A message for the parse error, or <c>null</c> when the code parses.</summary>
    public static string? Check(ExpressionKind kind, string code, IExpressionEvaluator expressions)
    {
        if (kind == ExpressionKind.Script)
        {
            return expressions.CheckScript(code) is { } scriptError
                ? $"the script does not parse: {scriptError}; fix the JavaScript."
                : null;
        }

        return expressions.CheckTemplate(code) is { } templateError
            ? $"the template does not parse: {templateError}; fix the Liquid template."
            : null;
    }
}
