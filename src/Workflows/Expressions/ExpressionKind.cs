namespace LabFlow.Workflows.Expressions;

/// <summary>How an input value in a flow is written.</summary>
public enum ExpressionKind
{
    /// <summary>A JSON literal, used as written.</summary>
    Literal,

    /// <summary><c>{ "js": "…" }</c>: JavaScript run in the sandbox.</summary>
    Script,

    /// <summary><c>{ "liquid": "…" }</c>: a Liquid text template.</summary>
    Template,
}
