namespace LabFlow.Host.Components.Shared;

/// <summary>
/// The errors of one form, per field, in the order found: the error summary lists them all (linking to the
/// field by its id) and each field shows its own beside it.
/// </summary>
public sealed class FormErrors
{
    private readonly List<(string FieldId, string Message)> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<(string FieldId, string Message)> All => _errors;

    public void Add(string fieldId, string message) => _errors.Add((fieldId, message));

    public bool Has(string fieldId) => _errors.Exists(e => e.FieldId == fieldId);

    public IEnumerable<string> For(string fieldId) => _errors.Where(e => e.FieldId == fieldId).Select(e => e.Message);

    /// <summary>The attributes that tie an input to its error and its hint: <c>aria-invalid</c> and <c>aria-describedby</c>.</summary>
    public IReadOnlyDictionary<string, object> InputAttributes(string fieldId, string? hintId = null)
    {
        var describedBy = string.Join(' ', new[] { hintId, Has(fieldId) ? ErrorId(fieldId) : null }.OfType<string>());
        var attributes = new Dictionary<string, object>(StringComparer.Ordinal);
        if (describedBy.Length > 0)
        {
            attributes["aria-describedby"] = describedBy;
        }

        if (Has(fieldId))
        {
            attributes["aria-invalid"] = "true";
        }

        return attributes;
    }

    public static string ErrorId(string fieldId) => fieldId + "-error";
}
