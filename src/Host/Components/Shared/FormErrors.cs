using Microsoft.AspNetCore.Components.Forms;

namespace LabFlow.Host.Components.Shared;

/// <summary>
/// The errors of one form, per field, in the order found: the error summary lists them all (linking to the
/// field by its id) and each field shows its own beside it. An error for a bound property also goes to the form's
/// <see cref="EditContext"/>, so the input marks itself <c>aria-invalid</c>.
/// </summary>
public sealed class FormErrors(EditContext? editContext = null)
{
    private readonly List<(string FieldId, string Message)> _errors = [];
    private readonly ValidationMessageStore? _messages = editContext is null ? null : new ValidationMessageStore(editContext);

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<(string FieldId, string Message)> All => _errors;

    /// <summary>Adds <paramref name="message"/> for the input with id <paramref name="fieldId"/> (bound to <paramref name="property"/> of the form's model), or for the whole form when the id is empty.</summary>
    public void Add(string fieldId, string message, string? property = null)
    {
        _errors.Add((fieldId, message));
        if (editContext is not null && property is not null)
        {
            _messages!.Add(editContext.Field(property), message);
            editContext.NotifyValidationStateChanged();
        }
    }

    public bool Has(string fieldId) => _errors.Exists(e => e.FieldId == fieldId);

    public IEnumerable<string> For(string fieldId) => _errors.Where(e => e.FieldId == fieldId).Select(e => e.Message);

    /// <summary>The <c>aria-describedby</c> that ties an input to its hint and its error.</summary>
    public IReadOnlyDictionary<string, object> InputAttributes(string fieldId, string? hintId = null)
    {
        var describedBy = string.Join(' ', new[] { hintId, Has(fieldId) ? ErrorId(fieldId) : null }.OfType<string>());
        return describedBy.Length > 0
            ? new Dictionary<string, object>(StringComparer.Ordinal) { ["aria-describedby"] = describedBy }
            : new Dictionary<string, object>(StringComparer.Ordinal);
    }

    /// <summary>The ids of <see cref="InputAttributes"/>' <c>aria-describedby</c>, for a component that takes them as a parameter.</summary>
    public string? DescribedBy(string fieldId, string? hintId = null) =>
        InputAttributes(fieldId, hintId).TryGetValue("aria-describedby", out var ids) ? (string)ids : null;

    public static string ErrorId(string fieldId) => fieldId + "-error";
}
