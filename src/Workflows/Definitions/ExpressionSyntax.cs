using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Expressions;

namespace LabFlow.Workflows.Definitions;

/// <summary>Checks that the code of a <c>{ "js" }</c> or <c>{ "liquid" }</c> value parses, without running it.</summary>
internal static class ExpressionSyntax
{
    /// <summary>The JSON property the code sits in (<c>js</c> or <c>liquid</c>).</summary>
    public static string PropertyOf(ExpressionKind kind) =>
        kind == ExpressionKind.Script ? ExpressionValue.ScriptProperty : ExpressionValue.TemplateProperty;

    /// <summary>The parse error with its path relative to the expression object (<c>js</c>, <c>liquid</c>), or <c>null</c> when the code parses.</summary>
    public static ActivityValidationIssue? Check(ExpressionKind kind, string code, IExpressionEvaluator expressions)
    {
        if (kind == ExpressionKind.Script)
        {
            return expressions.CheckScript(code) is { } scriptError
                ? ActivityValidationIssue.Coded(PropertyOf(kind), ValidationCodes.ScriptSyntax, $"the script does not parse: {scriptError}; fix the JavaScript.", ("reason", scriptError))
                : null;
        }

        return expressions.CheckTemplate(code) is { } templateError
            ? ActivityValidationIssue.Coded(PropertyOf(kind), ValidationCodes.TemplateSyntax, $"the template does not parse: {templateError}; fix the Liquid template.", ("reason", templateError))
            : null;
    }
}
