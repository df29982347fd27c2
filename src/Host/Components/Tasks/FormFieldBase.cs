using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using Microsoft.AspNetCore.Components;

namespace LabFlow.Host.Components.Tasks;

/// <summary>
/// One input of a task form: reads and writes its value in <see cref="Values"/> (the object holding the field: the
/// form, a row or a section) and shows its label, help and error, bound to the input by id.
/// </summary>
public abstract class FormFieldBase : ComponentBase
{
    [Parameter, EditorRequired]
    public FormField Field { get; set; } = default!;

    [Parameter, EditorRequired]
    public JsonObject Values { get; set; } = default!;

    /// <summary>The field's path in the answers, as the domain's errors name it (<c>risks[1].measure</c>).</summary>
    [Parameter, EditorRequired]
    public string Path { get; set; } = string.Empty;

    [CascadingParameter]
    public TaskFormContext Context { get; set; } = default!;

    protected string Id => FormFieldPaths.ElementId(Path);

    protected string HelpId => $"{Id}-help";

    protected string ErrorId => $"{Id}-error";

    protected virtual string? Help => Field.Help?.Get(CultureInfo.CurrentUICulture);

    protected string? Error => Context.Errors.MessageFor(Path);

    protected bool HasError => Error is not null;

    /// <summary>The label with "(obligatoriskt)" when the field is required, so it is not told by colour or a star alone.</summary>
    protected string LabelText =>
        Field.Required
            ? $"{Field.Label.Get(CultureInfo.CurrentUICulture)} ({TaskTexts.Required})"
            : Field.Label.Get(CultureInfo.CurrentUICulture);

    protected string? DescribedBy
    {
        get
        {
            var ids = new List<string>(2);
            if (Help is not null)
            {
                ids.Add(HelpId);
            }

            if (HasError)
            {
                ids.Add(ErrorId);
            }

            return ids.Count == 0 ? null : string.Join(' ', ids);
        }
    }

    /// <summary>Attributes for the input element: its id (the label's <c>for</c>) and what describes it.</summary>
    protected Dictionary<string, object?> InputAttributes
    {
        get
        {
            var attributes = new Dictionary<string, object?> { ["id"] = Id };
            if (DescribedBy is { } describedBy)
            {
                attributes["aria-describedby"] = describedBy;
            }

            return attributes;
        }
    }

    protected string? TextValue =>
        Values[Field.Key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    protected void SetText(string? text) => Values[Field.Key] = text is null ? null : JsonValue.Create(text);
}
