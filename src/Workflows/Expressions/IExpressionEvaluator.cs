using System.Text.Json.Nodes;

namespace LabFlow.Workflows.Expressions;

/// <summary>
/// Evaluates the expressions flows may use: JavaScript (sandboxed) and Liquid text templates.
/// Failures throw <see cref="ExpressionException"/> with a message a facilitator can read.
/// </summary>
public interface IExpressionEvaluator
{
    /// <summary>Runs <paramref name="script"/> and returns its value as JSON (dates as ISO 8601 strings).</summary>
    JsonNode? EvaluateScript(string script, ExpressionScope scope);

    string RenderTemplate(string template, ExpressionScope scope);

    /// <summary>A parse error message for <paramref name="script"/>, or <c>null</c> when it parses.</summary>
    string? CheckScript(string script);

    /// <summary>A parse error message for <paramref name="template"/>, or <c>null</c> when it parses.</summary>
    string? CheckTemplate(string template);
}

/// <summary>What an expression sees: <c>inputs</c>, <c>vars</c>, <c>tasks</c>, <c>lab</c> and the current time.</summary>
public sealed record ExpressionScope(JsonObject Inputs, JsonObject Variables, JsonObject Tasks, JsonObject Lab, DateTimeOffset Now);
