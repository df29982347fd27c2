using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Messages;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Methods;

/// <summary>
/// The method document: the shape of the files in <c>workflows-json/methods/</c> and of every stored version. Reading
/// collects every error at once, each with the file, the JSON path and what to do
/// (<c>crazy-8s.json: $.minutes: Give the time in minutes as an object …</c>).
/// </summary>
public static class MethodJson
{
    private static readonly string[] Properties =
        ["$schema", "id", "name", "purpose", "phases", "minutes", "groupSize", "materials", "instructions", "equality", "source"];

    private static readonly string[] EqualityProperties = ["grounds", "inclusion"];

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        // Swedish letters stay readable in the stored documents and in exported files.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static MethodParseResult Parse(string fileName, string json)
    {
        var errors = new List<(string Path, CodedMessage Message)>();
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            return new(fileName, null, [("$", MethodMessages.NotJson.With(("detail", exception.Message)))]);
        }

        if (root is not JsonObject document)
        {
            return new(fileName, null, [("$", MethodMessages.NotObject.Message)]);
        }

        var reader = new Reader(errors);
        reader.RefuseUnknown(document, "$", Properties);
        var equality = document["equality"] as JsonObject;
        if (document["equality"] is not null and not JsonObject)
        {
            errors.Add(("$.equality", MethodMessages.NotObject.Message));
        }
        else if (equality is not null)
        {
            reader.RefuseUnknown(equality, "$.equality", EqualityProperties);
        }

        var method = new LabMethod
        {
            Id = document["id"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : string.Empty,
            Name = reader.Text(document, "name", "$.name", MethodMessages.FieldName),
            Purpose = reader.Text(document, "purpose", "$.purpose", MethodMessages.FieldPurpose),
            Phases = reader.Ids(document, "phases", "$.phases", MethodMessages.FieldPhases, "ideate"),
            Minutes = reader.Range(document, "minutes", "$.minutes", MethodMessages.FieldMinutes, (15, 45)),
            GroupSize = reader.Range(document, "groupSize", "$.groupSize", MethodMessages.FieldGroupSize, (3, 12)),
            Materials = document["materials"] is null ? null : reader.Text(document, "materials", "$.materials", MethodMessages.FieldMaterials),
            Instructions = reader.Text(document, "instructions", "$.instructions", MethodMessages.FieldInstructions),
            Grounds = equality is null ? [] : reader.Ids(equality, "grounds", "$.equality.grounds", MethodMessages.FieldGrounds, "age"),
            Inclusion = equality is null ? LocalizedText.Of(string.Empty) : reader.Text(equality, "inclusion", "$.equality.inclusion", MethodMessages.FieldInclusion),
            Source = reader.Text(document, "source", "$.source", MethodMessages.FieldSource),
        };

        // Shape errors come first; the rules then add what the values themselves break, unless the shape already said it.
        var reported = errors.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var (field, message) in MethodRules.Check(method))
        {
            var path = "$." + field;
            if (!reported.Contains(path))
            {
                errors.Add((path, message));
            }
        }

        return new(fileName, errors.Count == 0 ? method : null, errors);
    }

    /// <summary>A stored version's document back into a method; stored documents were valid when written.</summary>
    /// <exception cref="InvalidOperationException">The stored document is not a valid method (changed by hand in the database).</exception>
    public static LabMethod Read(string methodId, string json)
    {
        var result = Parse($"stored method {methodId}", json);
        return result.Method ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    }

    public static string Serialize(LabMethod method)
    {
        var equality = new JsonObject
        {
            ["grounds"] = new JsonArray([.. method.Grounds.Select(g => (JsonNode)JsonValue.Create(g))]),
            ["inclusion"] = TextNode(method.Inclusion),
        };
        var document = new JsonObject
        {
            ["id"] = method.Id,
            ["name"] = TextNode(method.Name),
            ["purpose"] = TextNode(method.Purpose),
            ["phases"] = new JsonArray([.. method.Phases.Select(p => (JsonNode)JsonValue.Create(p))]),
            ["minutes"] = new JsonObject { ["min"] = method.Minutes.Min, ["max"] = method.Minutes.Max },
            ["groupSize"] = new JsonObject { ["min"] = method.GroupSize.Min, ["max"] = method.GroupSize.Max },
        };
        if (method.Materials is not null)
        {
            document["materials"] = TextNode(method.Materials);
        }

        document["instructions"] = TextNode(method.Instructions);
        document["equality"] = equality;
        document["source"] = TextNode(method.Source);
        return document.ToJsonString(WriteOptions);
    }

    private static JsonNode TextNode(LocalizedText text) =>
        text.Invariant is { } invariant
            ? JsonValue.Create(invariant)
            : new JsonObject([.. text.ByCulture.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))]);

    /// <summary>Reads the parts of a document, adding an error for each part of the wrong shape.</summary>
    private sealed class Reader(List<(string Path, CodedMessage Message)> errors)
    {
        public void RefuseUnknown(JsonObject node, string path, string[] known)
        {
            foreach (var property in node.Select(p => p.Key).Where(k => !known.Contains(k, StringComparer.Ordinal)))
            {
                errors.Add(($"{path}.{property}", MethodMessages.UnknownProperty.With(("property", property), ("choices", string.Join(", ", known.Where(k => k != "$schema"))))));
            }
        }

        public LocalizedText Text(JsonObject parent, string name, string path, MessageText what)
        {
            switch (parent[name])
            {
                case null:
                    return LocalizedText.Of(string.Empty);
                case JsonValue value when value.TryGetValue<string>(out var plain):
                    return LocalizedText.Of(plain);
                case JsonObject byCulture when byCulture.Count > 0 && byCulture.All(p => p.Key is "sv" or "en" && p.Value is JsonValue v && v.TryGetValue<string>(out _)):
                    return LocalizedText.Of(byCulture.Select(p => KeyValuePair.Create(p.Key, p.Value!.GetValue<string>())));
                default:
                    errors.Add((path, MethodMessages.TextShape.With(("what", what.Message))));
                    return LocalizedText.Of(string.Empty);
            }
        }

        public MethodRange Range(JsonObject parent, string name, string path, MessageText what, (int Min, int Max) example)
        {
            if (parent[name] is JsonObject range && range.Count == 2 && Whole(range["min"]) is { } min && Whole(range["max"]) is { } max)
            {
                return new MethodRange(min, max);
            }

            errors.Add((path, MethodMessages.RangeShape.With(("what", what.Message), ("exampleMin", example.Min), ("exampleMax", example.Max))));
            return new MethodRange(1, 1);
        }

        public IReadOnlyList<string> Ids(JsonObject parent, string name, string path, MessageText what, string example)
        {
            switch (parent[name])
            {
                case null:
                    return [];
                case JsonArray list when list.All(i => i is JsonValue v && v.TryGetValue<string>(out _)):
                    return [.. list.Select(i => i!.GetValue<string>())];
                default:
                    errors.Add((path, MethodMessages.ListShape.With(("what", what.Message), ("example", example))));
                    return [];
            }
        }

        private static int? Whole(JsonNode? node) =>
            node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) ? number : null;
    }
}
