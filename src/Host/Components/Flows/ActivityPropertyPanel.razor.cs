using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;
using Microsoft.AspNetCore.Components;

namespace LabFlow.Host.Components.Flows;

/// <summary>Edits one activity through <see cref="FlowDiagram.Update"/>; text that cannot be applied stays in the field with its error.</summary>
public sealed partial class ActivityPropertyPanel
{
    /// <summary>The key of the JSON editor for all inputs of a type the registry does not know.</summary>
    private const string AllInputs = "*";

    private readonly Dictionary<string, string> _jsonDrafts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _numberDrafts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    /// <summary>Inputs whose JSON was asked for (<i>Avancerat</i>); switching back shows the editor again when it can show the value.</summary>
    private readonly HashSet<string> _advanced = new(StringComparer.Ordinal);
    private ActivityNodeModel? _shown;
    private string? _idDraft;
    private string? _idError;
    private ElementReference _title;

    [Parameter, EditorRequired]
    public FlowDiagram Flow { get; set; } = null!;

    [Parameter]
    public ActivityNodeModel? Node { get; set; }

    /// <summary>Raised after an edit was applied to the flow.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Parameter]
    public EventCallback<ActivityNodeModel> OnDelete { get; set; }

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    /// <summary>Moves focus to the panel's heading (after choosing Edit in the list view).</summary>
    public ValueTask FocusAsync() => _title.Context is null ? ValueTask.CompletedTask : _title.FocusAsync();

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(_shown, Node))
        {
            _shown = Node;
            _jsonDrafts.Clear();
            _numberDrafts.Clear();
            _advanced.Clear();
            _errors.Clear();
            _idDraft = null;
            _idError = null;
        }
    }

    private Task ChangeId(ChangeEventArgs e)
    {
        var id = InputEditors.Trimmed(e.Value as string);
        if (id is null)
        {
            _idDraft = string.Empty;
            _idError = FlowTexts.FieldRequired;
            return Task.CompletedTask;
        }

        _idDraft = null;
        _idError = null;
        return ApplyAsync(Node!.Activity with { Id = id });
    }

    private Task ChangeName(string? swedish, string? english)
    {
        var (sv, en) = InputEditors.NameParts(Node!.Activity.Name);
        return ApplyAsync(Node.Activity with { Name = InputEditors.NameFrom(swedish ?? sv, english ?? en, Node.Activity.Name) });
    }

    private Task ChangePhase(ChangeEventArgs e) =>
        ApplyAsync(Node!.Activity with { Phase = InputEditors.Trimmed(e.Value as string) });

    private Task ChangeText(ActivityInputDescriptor input, string? text) =>
        SetInputAsync(input.Name, InputEditors.Trimmed(text) is not null ? JsonValue.Create(text) : null);

    private Task ChangeLocalized(ActivityInputDescriptor input, string? swedish, string? english)
    {
        var before = Node!.Activity.Inputs?[input.Name];
        var (sv, en) = InputEditors.AsLocalized(before);
        return SetInputAsync(input.Name, InputEditors.FromLocalized(swedish ?? sv, english ?? en, before));
    }

    private Task ChangeNumber(ActivityInputDescriptor input, string? text)
    {
        var trimmed = InputEditors.Trimmed(text);
        if (trimmed is null)
        {
            _numberDrafts.Remove(input.Name);
            _errors.Remove(input.Name);
            return SetInputAsync(input.Name, null);
        }

        if (!double.TryParse(trimmed.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            _numberDrafts[input.Name] = trimmed;
            _errors[input.Name] = FlowTexts.InvalidNumber;
            return Task.CompletedTask;
        }

        _numberDrafts.Remove(input.Name);
        _errors.Remove(input.Name);
        return SetInputAsync(input.Name, number % 1 == 0 && Math.Abs(number) < long.MaxValue ? JsonValue.Create((long)number) : JsonValue.Create(number));
    }

    private Task ChangeChoice(ActivityInputDescriptor input, string? value, bool boolean)
    {
        var chosen = InputEditors.Trimmed(value);
        JsonNode? node = chosen is null ? null : boolean ? JsonValue.Create(chosen == "true") : JsonValue.Create(chosen);
        return SetInputAsync(input.Name, node);
    }

    private Task ChangeJson(string name, string? text)
    {
        var trimmed = InputEditors.Trimmed(text);
        JsonNode? value = null;
        if (trimmed is not null)
        {
            try
            {
                value = JsonNode.Parse(trimmed, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
            }
            catch (JsonException exception)
            {
                _jsonDrafts[name] = text!;
                _errors[name] = FlowTexts.InvalidJson(FirstSentence(exception.Message));
                return Task.CompletedTask;
            }
        }

        _jsonDrafts.Remove(name);
        _errors.Remove(name);
        if (name == AllInputs)
        {
            return ApplyAsync(Node!.Activity with { Inputs = value as JsonObject });
        }

        return SetInputAsync(name, value);
    }

    private Task SetInputAsync(string name, JsonNode? value)
    {
        var before = Node!.Activity.Inputs;
        var inputs = before?.DeepClone().AsObject() ?? [];
        if (value is null)
        {
            inputs.Remove(name);
        }
        else
        {
            inputs[name] = value;
        }

        return ApplyAsync(Node.Activity with { Inputs = before is null && inputs.Count == 0 ? null : inputs });
    }

    private async Task ApplyAsync(ActivityNode activity)
    {
        Flow.Update(Node!, activity);
        await OnChanged.InvokeAsync();
    }

    private void ToggleAdvanced(string name, bool on)
    {
        if (on)
        {
            _advanced.Add(name);
            return;
        }

        // Text that does not parse stays, with its error, until it is fixed or emptied.
        if (!_jsonDrafts.ContainsKey(name))
        {
            _advanced.Remove(name);
        }
    }

    /// <summary>What an expression in this activity may name: the flow's inputs and variables, the other activities' form answers, the lab.</summary>
    /// <summary>Turns a plain text into a template of the same text (values go in with <c>{{ … }}</c>) and back.</summary>
    private Task ToggleTemplate(string name, JsonNode? current, bool template)
    {
        if (template)
        {
            return SetInputAsync(name, new JsonObject { ["liquid"] = InputEditors.AsString(current) ?? string.Empty });
        }

        return SetInputAsync(name, StructuredValues.TemplateOf(current) is { Length: > 0 } text ? JsonValue.Create(text) : null);
    }

    private List<string> ScopeNames()
    {
        var names = new List<string>();
        names.AddRange(Flow.Document.Inputs.Select(i => $"inputs.{i.Name}"));
        names.AddRange(Flow.Document.Variables.Select(v => $"vars.{v.Name}"));
        foreach (var activity in Flow.Document.Activities.Where(a => a.Id != Node!.Activity.Id))
        {
            var form = LabFlow.Activities.Forms.FormDefinitionParser.Parse(activity.Inputs?["form"]);
            names.AddRange(form.Form.Fields.Select(f => $"tasks.{activity.Id}.{f.Key}"));
        }

        names.AddRange(["lab.startDate", "lab.title", "now"]);
        return names;
    }

    /// <summary>What this step's form fields may start from; <c>null</c> for steps whose forms do not start from earlier answers (an idea collection's).</summary>
    private IReadOnlyList<LabFlow.Activities.Forms.PrefillSource>? PrefillSources() =>
        LabFlow.Activities.Tasks.FormPrefillRule.TakesInitial(Node!.Activity.Type) ? LabFlow.Activities.Tasks.FormPrefillRule.SourcesFor(Flow.Document, Node.Activity.Id) : null;

    private int JsonRows(string name, JsonNode? value)
    {
        var lines = (_jsonDrafts.GetValueOrDefault(name) ?? InputEditors.ToJsonText(value)).Count(c => c == '\n') + 1;
        return Math.Clamp(lines, 2, 16);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
