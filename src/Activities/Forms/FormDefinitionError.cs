namespace LabFlow.Activities.Forms;

/// <summary>Something wrong with a form as a flow declares it.</summary>
/// <param name="Path">
/// The JSON path relative to the form array, such as <c>[2].options</c> or <c>[1].fields[0].key</c>;
/// empty for the form itself. Put the input's own path in front (<c>inputs.form</c> + path).
/// </param>
/// <param name="Message">What is wrong and how to fix it, without the path.</param>
public sealed record FormDefinitionError(string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
