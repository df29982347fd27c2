using LabFlow.Activities.Messages;

namespace LabFlow.Activities.Forms;

/// <summary>Something wrong with a form as a flow declares it.</summary>
/// <param name="Path">
/// The JSON path relative to the form array, such as <c>[2].options</c> or <c>[1].fields[0].key</c>;
/// empty for the form itself. Put the input's own path in front (<c>inputs.form</c> + path).
/// </param>
/// <param name="Message">What is wrong and how to fix it, without the path, in English (logs, the CLI).</param>
public sealed record FormDefinitionError(string Path, string Message)
{
    /// <summary>An error with its catalogue text (<see cref="ActivityRuleMessages"/>), so each door shows it in the reader's language.</summary>
    public FormDefinitionError(string path, CodedMessage text)
        : this(path, (text ?? throw new ArgumentNullException(nameof(text))).English) => Text = text;

    /// <summary>The coded text, or <c>null</c> for an error made from an English message only.</summary>
    public CodedMessage? Text { get; init; }

    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
