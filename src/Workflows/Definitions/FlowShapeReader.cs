using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabFlow.Workflows.Definitions;

/// <summary>
/// Reads a flow document's JSON tree, reporting every wrong shape (wrong kind of value, unknown or missing
/// property) with its path, and keeps whatever it could read for the semantic checks.
/// </summary>
internal sealed class FlowShapeReader(ValidationErrorCollector errors)
{
    private static readonly string[] RootProperties = ["$schema", "id", "version", "name", "description", "kind", "phases", "inputs", "variables", "activities", "connections"];
    private static readonly string[] PhaseProperties = ["id", "name", "color"];
    private static readonly string[] ParameterProperties = ["name", "type", "required", "default", "label"];
    private static readonly string[] ActivityProperties = ["id", "type", "name", "phase", "inputs", "designer"];
    private static readonly string[] DesignerProperties = ["x", "y"];
    private static readonly string[] ConnectionProperties = ["from", "outcome", "to"];

    private const string TextExpected = "a text (a string, or an object of culture to string such as { \"sv\": \"…\", \"en\": \"…\" })";

    public ParsedFlow Read(JsonNode? root)
    {
        var flow = new ParsedFlow();
        if (root is not JsonObject obj)
        {
            errors.Add("$", ValidationCodes.FlowNotAnObject, $"expected an object but found {JsonPaths.Show(root)}; write the flow as one JSON object {{ \"id\": …, \"activities\": […] }}.", Found(root));
            return flow;
        }

        CheckProperties(obj, "$", RootProperties);
        OptionalString(obj, "$", "$schema");
        flow.Id = RequiredString(obj, "$", "id", new(ValidationCodes.FlowMissingId, "the flow has no id; add \"id\", for example \"id\": \"social-innovation-lab\"."));
        flow.Version = ReadVersion(obj);
        flow.Name = ReadText(obj, "$", "name", new(ValidationCodes.FlowMissingName, "the flow has no name; add \"name\": { \"sv\": \"…\", \"en\": \"…\" }."));
        flow.Description = ReadText(obj, "$", "description", missing: null);
        flow.Kind = ReadKind(obj);

        ReadArray(obj, "$", "phases", (node, path, index) => ReadPhase(node, path, index, flow));
        ReadArray(obj, "$", "inputs", (node, path, index) => ReadParameter(node, path, index, "input", flow.Inputs));
        ReadArray(obj, "$", "variables", (node, path, index) => ReadParameter(node, path, index, "variable", flow.Variables));
        ReadArray(obj, "$", "activities", (node, path, index) => ReadActivity(node, path, index, flow));
        ReadArray(obj, "$", "connections", (node, path, index) => ReadConnection(node, path, index, flow));
        return flow;
    }

    private FlowKind ReadKind(JsonObject obj)
    {
        if (!obj.TryGetPropertyValue("kind", out var node) || node is null)
        {
            return FlowKinds.Default;
        }

        var allowed = string.Join(", ", FlowKinds.All);
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String && FlowKinds.TryParse(value.GetValue<string>(), out var kind))
        {
            return kind;
        }

        errors.Add("$.kind", ValidationCodes.UnknownFlowKind, $"unknown kind {JsonPaths.Show(node)}; write one of {allowed} (\"lab\" when the flow is a lab).", ("found", JsonPaths.Show(node)), ("known", allowed));
        return FlowKinds.Default;
    }

    private int? ReadVersion(JsonObject obj)
    {
        if (!obj.TryGetPropertyValue("version", out var node) || node is null)
        {
            errors.Add("$.version", ValidationCodes.FlowMissingVersion, "the flow has no version; add \"version\": 1.");
            return null;
        }

        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number || !value.TryGetValue<int>(out var version))
        {
            errors.Add("$.version", ValidationCodes.VersionNotWhole, $"expected a whole number but found {JsonPaths.Show(node)}; write the version as a number such as 1.", Found(node));
            return null;
        }

        if (version < 1)
        {
            errors.Add("$.version", ValidationCodes.VersionTooLow, $"the version must be 1 or higher (found {version}); use 1 for a new flow.", ("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }

        return version;
    }

    private void ReadPhase(JsonNode? node, string path, int index, ParsedFlow flow)
    {
        if (!ExpectObject(node, path, out var obj))
        {
            return;
        }

        CheckProperties(obj, path, PhaseProperties);
        var id = RequiredString(obj, path, "id", new(ValidationCodes.PhaseMissingId, "the phase has no id; add \"id\", for example \"explore\"."));
        var name = ReadText(obj, path, "name", new(ValidationCodes.PhaseMissingName, $"phase '{id}' has no name; add \"name\": {{ \"sv\": \"…\", \"en\": \"…\" }}.", ("phase", id)));
        var color = OptionalString(obj, path, "color");
        if (color is not null && !PhaseColors.IsValid(color))
        {
            errors.Add($"{path}.color", ValidationCodes.PhaseColor, $"the colour '{color}' of phase '{id}' is not a colour; write it as \"#rrggbb\", for example \"#0b4f8a\".", ("phase", id), ("color", color));
            color = null;
        }

        flow.Phases.Add(new(index, new PhaseDefinition(id, name ?? LocalizedText.Of(id)) { Color = color }));
    }

    private void ReadParameter(JsonNode? node, string path, int index, string kind, List<Indexed<ParameterDefinition>> target)
    {
        if (!ExpectObject(node, path, out var obj))
        {
            return;
        }

        CheckProperties(obj, path, ParameterProperties);
        var name = RequiredString(obj, path, "name", new(kind == "input" ? ValidationCodes.InputMissingName : ValidationCodes.VariableMissingName, $"the {kind} has no name; add \"name\"."));
        var type = FlowValueType.String;
        if (obj.TryGetPropertyValue("type", out var typeNode) && typeNode is not null)
        {
            var typePath = $"{path}.type";
            if (ExpectString(typeNode, typePath, out var typeName))
            {
                // Exact names only: Enum.TryParse would also take "1", "string" and "String, Number".
                if (Enum.GetNames<FlowValueType>().Contains(typeName, StringComparer.Ordinal))
                {
                    type = Enum.Parse<FlowValueType>(typeName);
                }
                else
                {
                    var known = Enum.GetNames<FlowValueType>();
                    var suggestion = NameSuggestions.DidYouMean(typeName, known);
                    if (NameSuggestions.Nearest(typeName, known) is { } nearest)
                    {
                        errors.Add(typePath, ValidationCodes.UnknownValueTypeSuggested, $"unknown type '{typeName}'{suggestion}", ("type", typeName), ("suggestion", nearest));
                    }
                    else
                    {
                        errors.Add(typePath, ValidationCodes.UnknownValueType, $"unknown type '{typeName}'; use one of {string.Join(", ", known)}.", ("type", typeName), ("known", string.Join(", ", known)));
                    }
                }
            }
        }

        var required = false;
        if (obj.TryGetPropertyValue("required", out var requiredNode) && requiredNode is not null)
        {
            if (requiredNode is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            {
                required = v.GetValue<bool>();
            }
            else
            {
                errors.Add($"{path}.required", ValidationCodes.ExpectedBoolean, $"expected true or false but found {JsonPaths.Show(requiredNode)}; write true or false without quotes.", Found(requiredNode));
            }
        }

        target.Add(new(index, new ParameterDefinition
        {
            Name = name,
            Type = type,
            Required = required,
            Default = obj["default"]?.DeepClone(),
            Label = ReadText(obj, path, "label", missing: null),
        }));
    }

    private void ReadActivity(JsonNode? node, string path, int index, ParsedFlow flow)
    {
        if (!ExpectObject(node, path, out var obj))
        {
            return;
        }

        CheckProperties(obj, path, ActivityProperties);
        var id = RequiredString(obj, path, "id", new(ValidationCodes.ActivityMissingId, "the activity has no id; add an \"id\" that no other activity uses."));
        var type = RequiredString(obj, path, "type", new(ValidationCodes.ActivityMissingType, "the activity has no type; add \"type\", for example \"Decision\"."));
        var name = ReadText(obj, path, "name", missing: null);
        var phase = OptionalString(obj, path, "phase");

        JsonObject? inputs = null;
        if (obj.TryGetPropertyValue("inputs", out var inputsNode) && inputsNode is not null && ExpectObject(inputsNode, $"{path}.inputs", out var inputsObj))
        {
            inputs = inputsObj.DeepClone().AsObject();
        }

        DesignerPosition? designer = null;
        if (obj.TryGetPropertyValue("designer", out var designerNode) && designerNode is not null && ExpectObject(designerNode, $"{path}.designer", out var designerObj))
        {
            CheckProperties(designerObj, $"{path}.designer", DesignerProperties);
            var x = ReadCoordinate(designerObj, $"{path}.designer", "x");
            var y = ReadCoordinate(designerObj, $"{path}.designer", "y");
            designer = new DesignerPosition(x, y);
        }

        flow.Activities.Add(new(index, new ActivityNode { Id = id, Type = type, Name = name, Phase = phase, Inputs = inputs, Designer = designer }));
    }

    private double ReadCoordinate(JsonObject obj, string path, string name)
    {
        var coordinatePath = $"{path}.{name}";
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            errors.Add(coordinatePath, ValidationCodes.DesignerMissingCoordinate, $"the designer position has no '{name}'; add \"{name}\": 0.", ("name", name));
            return 0;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            return value.GetValue<double>();
        }

        errors.Add(coordinatePath, ValidationCodes.ExpectedNumber, $"expected a number but found {JsonPaths.Show(node)}; write the number without quotes.", Found(node));
        return 0;
    }

    private void ReadConnection(JsonNode? node, string path, int index, ParsedFlow flow)
    {
        if (!ExpectObject(node, path, out var obj))
        {
            return;
        }

        CheckProperties(obj, path, ConnectionProperties);
        var from = RequiredString(obj, path, "from", new(ValidationCodes.ConnectionMissingFrom, "the connection has no 'from'; add the id of the activity it starts from."));
        var outcome = OptionalString(obj, path, "outcome");
        var to = RequiredString(obj, path, "to", new(ValidationCodes.ConnectionMissingTo, "the connection has no 'to'; add the id of the activity it leads to."));
        flow.Connections.Add(new(index, new ConnectionDefinition { From = from, Outcome = outcome, To = to }));
    }

    private void ReadArray(JsonObject obj, string parent, string name, Action<JsonNode?, string, int> readElement)
    {
        if (!obj.TryGetPropertyValue(name, out var node))
        {
            return;
        }

        var path = JsonPaths.Property(parent, name);
        if (node is not JsonArray array)
        {
            errors.Add(path, ValidationCodes.ExpectedArray, $"expected an array but found {JsonPaths.Show(node)}; write a list in square brackets [ … ].", Found(node));
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            readElement(array[i], JsonPaths.Index(path, i), i);
        }
    }

    private LocalizedText? ReadText(JsonObject obj, string parent, string name, Missing? missing)
    {
        var path = JsonPaths.Property(parent, name);
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            if (missing is { } m)
            {
                Report(path, m);
            }

            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return LocalizedText.Of(value.GetValue<string>());
        }

        if (node is not JsonObject byCulture)
        {
            errors.Add(path, ValidationCodes.ExpectedText, $"expected {TextExpected} but found {JsonPaths.Show(node)}.", Found(node));
            return null;
        }

        var entries = new List<KeyValuePair<string, string>>();
        foreach (var (culture, text) in byCulture)
        {
            if (ExpectString(text, JsonPaths.Property(path, culture), out var s))
            {
                entries.Add(new(culture, s));
            }
        }

        if (entries.Count == 0 && byCulture.Count == 0)
        {
            errors.Add(path, ValidationCodes.TextNoCultures, "the text has no cultures; write a string, or add at least \"sv\": \"…\".");
            return null;
        }

        return LocalizedText.Of(entries);
    }

    private string RequiredString(JsonObject obj, string parent, string name, Missing missing)
    {
        var path = JsonPaths.Property(parent, name);
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            Report(path, missing);
            return string.Empty;
        }

        if (!ExpectString(node, path, out var value))
        {
            return string.Empty;
        }

        if (value.Length == 0)
        {
            Report(path, missing);
        }

        return value;
    }

    private string? OptionalString(JsonObject obj, string parent, string name)
    {
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        return ExpectString(node, JsonPaths.Property(parent, name), out var value) ? value : null;
    }

    private bool ExpectString(JsonNode? node, string path, out string value)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            value = v.GetValue<string>();
            return true;
        }

        errors.Add(path, ValidationCodes.ExpectedString, $"expected a string but found {JsonPaths.Show(node)}; write the value in double quotes.", Found(node));
        value = string.Empty;
        return false;
    }

    private bool ExpectObject(JsonNode? node, string path, out JsonObject obj)
    {
        if (node is JsonObject o)
        {
            obj = o;
            return true;
        }

        errors.Add(path, ValidationCodes.ExpectedObject, $"expected an object but found {JsonPaths.Show(node)}; write it as {{ … }}.", Found(node));
        obj = null!;
        return false;
    }

    private void CheckProperties(JsonObject obj, string path, IReadOnlyList<string> allowed)
    {
        foreach (var (name, _) in obj)
        {
            if (allowed.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            var suggestion = NameSuggestions.DidYouMean(name, allowed);
            errors.Add(JsonPaths.Property(path, name), ValidationCodes.UnknownProperty, suggestion.Length > 0
                ? $"unknown property '{name}'{suggestion}; remove it or fix its spelling."
                : $"unknown property '{name}'; remove it (allowed here: {string.Join(", ", allowed)}).",
                ("name", name), ("allowed", string.Join(", ", allowed)));
        }
    }

    /// <summary>What was found, for an "expected … but found …" error: the value as written in the file, in every language.</summary>
    private static (string Name, string Value)[] Found(JsonNode? node) => [("found", JsonPaths.Show(node))];

    private void Report(string path, Missing missing) => errors.Add(path, missing.Code, missing.Message, missing.Arguments);

    /// <summary>The coded error for a required property that is absent or empty.</summary>
    private readonly record struct Missing(string Code, string Message, params (string Name, string Value)[] Arguments);
}
