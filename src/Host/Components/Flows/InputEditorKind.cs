namespace LabFlow.Host.Components.Flows;

/// <summary>
/// How the property panel edits one input: a plain field where the value is simple, a structured editor for the
/// descriptor's editor hints (people, dates, forms …), JSON for what no editor can show and behind <i>Avancerat</i>.
/// </summary>
public enum InputEditorKind
{
    Text,
    LongText,
    LocalizedText,
    LocalizedLongText,
    Number,
    Boolean,
    Choice,
    Json,
    Assignee,
    AssigneeList,
    RoleList,

    /// <summary>Who reads a step's answers: lab roles and the keyword for the step's doers.</summary>
    Readers,
    RelativeDate,
    Reminders,
    Escalation,
    Actions,
    Agenda,
    Expression,
    Form,

    /// <summary>A Switch's cases: names (outcomes) with conditions.</summary>
    Cases,

    /// <summary>A Liquid text template, with a preview.</summary>
    Template,

    /// <summary>A step's report tags: one checkbox per tag the reports know.</summary>
    Tags,
}
