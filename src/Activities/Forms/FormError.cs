using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Forms;

/// <summary>One thing wrong with submitted answers, for the person who filled in the form.</summary>
/// <param name="Path">The field's path in the answers, such as <c>interviews</c> or <c>risks[1].measure</c>.</param>
/// <param name="Code">A stable code for the kind of error (<see cref="FormErrorCodes"/>).</param>
/// <param name="Message">The message in Swedish and English.</param>
public sealed record FormError(string Path, string Code, LocalizedText Message)
{
    /// <summary>The error for a Person answer whose id is not a person in the directory (the caller checks that).</summary>
    public static FormError UnknownPerson(string path) =>
        new(path, FormErrorCodes.UnknownPerson, FormMessages.UnknownPerson());

    public override string ToString() => $"{Path}: {Message.Get(System.Globalization.CultureInfo.GetCultureInfo("en"))}";
}
