namespace LabFlow.Host.Components.Flows;

/// <summary>How the property panel edits one input: a plain field where the value is simple, JSON otherwise.</summary>
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
}
