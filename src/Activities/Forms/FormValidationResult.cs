using System.Text.Json.Nodes;

namespace LabFlow.Activities.Forms;

/// <summary>The result of checking answers against a form.</summary>
/// <param name="Errors">Every error at once, in the order of the form's fields.</param>
/// <param name="Answers">
/// The normalised answers: text trimmed, blank answers left out, dates as <c>yyyy-MM-dd</c>, person ids in
/// GUID "D" form, MultiChoice values once each in the options' order. Only valid answers are in it.
/// </param>
/// <param name="People">
/// Every person chosen in a Person field of the normalised answers, with its path: the caller checks that they
/// exist and reports <see cref="FormError.UnknownPerson"/> for those that do not.
/// </param>
public sealed record FormValidationResult(IReadOnlyList<FormError> Errors, JsonObject Answers, IReadOnlyList<FormPersonAnswer> People)
{
    public bool IsValid => Errors.Count == 0;
}
