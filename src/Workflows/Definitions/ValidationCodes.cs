namespace LabFlow.Workflows.Definitions;

/// <summary>
/// Stable codes of <see cref="ValidationError"/>, so the pages and the API can show a flow's errors in the reader's
/// language. The core keeps only codes and arguments (and an English message for logs and the CLI); the texts live
/// in the application's message catalogue.
/// </summary>
public static class ValidationCodes
{
    /// <summary>A problem without a code of its own; argument <c>message</c> is the English text.</summary>
    public const string Other = "flow.other";

    /// <summary>An activity type's own rule found a problem; argument <c>message</c> is the rule's English text.</summary>
    public const string ActivityRule = "flow.activity_rule";

    /// <summary>Arguments <c>type</c>, <c>known</c>.</summary>
    public const string UnknownActivityType = "flow.unknown_activity_type";

    /// <summary>Arguments <c>type</c>, <c>suggestion</c>.</summary>
    public const string UnknownActivityTypeSuggested = "flow.unknown_activity_type_suggested";

    /// <summary>Arguments <c>activity</c>, <c>type</c>, <c>input</c>.</summary>
    public const string MissingInput = "flow.missing_input";

    /// <summary>Arguments <c>type</c>, <c>input</c>, <c>known</c>.</summary>
    public const string UnknownInput = "flow.unknown_input";

    /// <summary>Arguments <c>input</c>, <c>type</c>, <c>expected</c>, <c>found</c>.</summary>
    public const string InputWrongType = "flow.input_wrong_type";

    /// <summary>Arguments <c>input</c>, <c>type</c>, <c>choices</c>, <c>found</c>.</summary>
    public const string InputNotAChoice = "flow.input_not_a_choice";

    public const string NoStart = "flow.no_start";

    /// <summary>Arguments <c>first</c>, <c>firstPath</c>.</summary>
    public const string SecondStart = "flow.second_start";

    /// <summary>Argument <c>activity</c>.</summary>
    public const string Unreachable = "flow.unreachable";

    /// <summary>Argument <c>id</c>.</summary>
    public const string UnknownActivityId = "flow.unknown_activity_id";

    /// <summary>Arguments <c>activity</c>, <c>type</c>.</summary>
    public const string NoOutcomes = "flow.no_outcomes";

    /// <summary>Arguments <c>activity</c>, <c>type</c>, <c>outcome</c>, <c>outcomes</c>.</summary>
    public const string UnknownOutcome = "flow.unknown_outcome";

    /// <summary>Arguments <c>what</c>, <c>value</c>, <c>first</c>.</summary>
    public const string Duplicate = "flow.duplicate";

    /// <summary>Arguments <c>name</c>, <c>allowed</c>.</summary>
    public const string UnknownProperty = "flow.unknown_property";

    /// <summary>Arguments <c>phase</c>, <c>declared</c>.</summary>
    public const string UndeclaredPhase = "flow.undeclared_phase";

    /// <summary>Argument <c>id</c>: two flow files share one id.</summary>
    public const string DuplicateFlowId = "flow.duplicate_flow_id";

    /// <summary>The JSON cannot be parsed; argument <c>reason</c> is the parser's English reason.</summary>
    public const string Syntax = "flow.syntax";

    /// <summary>The JSON cannot be parsed at <c>line</c> and <c>column</c>; argument <c>reason</c> is the parser's English reason.</summary>
    public const string SyntaxAt = "flow.syntax_at";
}
