namespace LabFlow.Activities.Forms;

/// <summary>The result of parsing a flow's <c>form</c> input.</summary>
/// <param name="Form">The fields that could be read (fields with errors are left out).</param>
/// <param name="Errors">Every definition error at once; empty when the form is valid.</param>
public sealed record FormParseResult(FormDefinition Form, IReadOnlyList<FormDefinitionError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
