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

    // The shape of the document: missing and wrongly typed properties (FlowShapeReader).
    public const string FlowNotAnObject = "flow.not_an_object";
    public const string FlowMissingId = "flow.missing_id";
    public const string FlowMissingName = "flow.missing_name";
    public const string FlowMissingVersion = "flow.missing_version";
    public const string VersionNotWhole = "flow.version_not_whole";
    public const string VersionTooLow = "flow.version_too_low";
    public const string PhaseMissingId = "flow.phase_missing_id";
    public const string PhaseMissingName = "flow.phase_missing_name";

    /// <summary>A phase's <c>color</c> is not <c>#rrggbb</c>; argument <c>phase</c>, <c>color</c>.</summary>
    public const string PhaseColor = "flow.phase_color";

    /// <summary>The flow's <c>kind</c> is not one of <see cref="FlowKinds.All"/>; arguments <c>found</c>, <c>known</c>.</summary>
    public const string UnknownFlowKind = "flow.unknown_kind";

    public const string InputMissingName = "flow.input_missing_name";
    public const string VariableMissingName = "flow.variable_missing_name";
    public const string UnknownValueType = "flow.unknown_value_type";
    public const string UnknownValueTypeSuggested = "flow.unknown_value_type_suggested";
    public const string ActivityMissingId = "flow.activity_missing_id";
    public const string ActivityMissingType = "flow.activity_missing_type";
    public const string ConnectionMissingFrom = "flow.connection_missing_from";
    public const string ConnectionMissingTo = "flow.connection_missing_to";
    public const string DesignerMissingCoordinate = "flow.designer_missing_coordinate";
    public const string ExpectedBoolean = "flow.expected_boolean";
    public const string ExpectedNumber = "flow.expected_number";
    public const string ExpectedArray = "flow.expected_array";
    public const string ExpectedText = "flow.expected_text";
    public const string ExpectedString = "flow.expected_string";
    public const string ExpectedObject = "flow.expected_object";
    public const string TextNoCultures = "flow.text_no_cultures";


    /// <summary>Arguments <c>phase</c>, <c>declared</c>.</summary>
    public const string UndeclaredPhase = "flow.undeclared_phase";

    /// <summary>Argument <c>id</c>: two flow files share one id.</summary>
    public const string DuplicateFlowId = "flow.duplicate_flow_id";

    /// <summary>The JSON cannot be parsed; argument <c>reason</c> is the parser's English reason.</summary>
    public const string Syntax = "flow.syntax";

    /// <summary>The JSON cannot be parsed at <c>line</c> and <c>column</c>; argument <c>reason</c> is the parser's English reason.</summary>
    public const string SyntaxAt = "flow.syntax_at";

    /// <summary>Arguments <c>input</c>, <c>type</c>: the input takes only a literal value.</summary>
    public const string ExpressionNotAllowed = "flow.expression_not_allowed";

    /// <summary>A <c>{ "js" }</c> script cannot be parsed; argument <c>reason</c> is the parser's English reason.</summary>
    public const string ScriptSyntax = "flow.script_syntax";

    /// <summary>A <c>{ "liquid" }</c> template cannot be parsed; argument <c>reason</c> is the parser's English reason.</summary>
    public const string TemplateSyntax = "flow.template_syntax";

    /// <summary>A relative date is not an object of exactly one property; argument <c>found</c>.</summary>
    public const string RelativeDateShape = "flow.relative_date_shape";

    /// <summary>Argument <c>unit</c>: the relative date's property is none of <see cref="RelativeDate.Properties"/> (<c>units</c>).</summary>
    public const string RelativeDateUnknownUnit = "flow.relative_date_unknown_unit";

    /// <summary>Arguments <c>unit</c>, <c>suggestion</c>.</summary>
    public const string RelativeDateUnknownUnitSuggested = "flow.relative_date_unknown_unit_suggested";

    /// <summary>Arguments <c>unit</c>, <c>found</c>: the amount is not a whole number.</summary>
    public const string RelativeDateNotWhole = "flow.relative_date_not_whole";

    /// <summary>Argument <c>activity</c>: a Delay with both <c>duration</c> and <c>until</c>.</summary>
    public const string DelayBoth = "flow.delay_both";

    /// <summary>Argument <c>activity</c>: a Delay with neither <c>duration</c> nor <c>until</c>.</summary>
    public const string DelayNeither = "flow.delay_neither";

    /// <summary>Arguments <c>name</c>, <c>declared</c>: SetVariable names an undeclared variable.</summary>
    public const string VariableUndeclared = "flow.variable_undeclared";

    /// <summary>Argument <c>name</c>: SetVariable names a variable, and the flow declares none.</summary>
    public const string VariableUndeclaredNone = "flow.variable_undeclared_none";

    /// <summary>Arguments <c>name</c>, <c>suggestion</c>.</summary>
    public const string VariableUndeclaredSuggested = "flow.variable_undeclared_suggested";

    /// <summary>Arguments <c>name</c>, <c>type</c>, <c>found</c>: SetVariable's literal value does not fit the variable's type.</summary>
    public const string VariableValueType = "flow.variable_value_type";

    /// <summary>Argument <c>found</c>: a Switch case that is not an object.</summary>
    public const string SwitchCaseNotObject = "flow.switch_case_not_object";

    public const string SwitchCaseNoName = "flow.switch_case_no_name";

    public const string SwitchCaseNamedDefault = "flow.switch_case_named_default";

    /// <summary>Arguments <c>name</c>, <c>first</c>.</summary>
    public const string SwitchCaseDuplicate = "flow.switch_case_duplicate";

    public const string SwitchCaseNoCondition = "flow.switch_case_no_condition";

    /// <summary>Argument <c>found</c>: a condition that is neither a boolean nor a script.</summary>
    public const string SwitchConditionType = "flow.switch_condition_type";

    /// <summary>Arguments <c>kind</c> and <c>expected</c> (English descriptions), <c>name</c>, <c>type</c>, <c>found</c>: a flow input's or variable's default does not fit its type.</summary>
    public const string DefaultWrongType = "flow.default_wrong_type";

    /// <summary>Arguments <c>what</c> (English), <c>length</c>, <c>max</c>.</summary>
    public const string IdTooLong = "flow.id_too_long";

    /// <summary>Arguments <c>first</c>, <c>from</c>, <c>outcome</c>, <c>to</c>.</summary>
    public const string DuplicateConnection = "flow.duplicate_connection";
}
