using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Expressions;

namespace LabFlow.Workflows.Definitions;

/// <summary>
/// Parses and validates flow files. A file with errors yields every error at once, each with the file,
/// the JSON path and what to do, and no definition.
/// </summary>
public sealed class WorkflowDefinitionLoader(IActivityRegistry registry, IExpressionEvaluator expressions)
{
    private const string FileSearchPattern = "*.json";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    /// <summary>Parses and validates one flow document.</summary>
    /// <param name="fileName">The name errors are reported under (usually the file name without its folder).</param>
    public LoadResult Load(string fileName, string json)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(json);
        var errors = new ValidationErrorCollector(fileName);

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            var (syntax, code, arguments) = DescribeSyntaxError(ex, json);
            errors.Add("$", code, syntax, arguments);
            return new LoadResult(fileName, null, errors.Errors);
        }

        var flow = new FlowShapeReader(errors).Read(root);
        if (root is JsonObject)
        {
            new FlowValidator(registry, expressions, errors).Validate(flow);
        }

        if (errors.Errors.Count > 0)
        {
            return new LoadResult(fileName, null, errors.Errors);
        }

        // The definition comes from the same serializer that saves it, so load → save → load is stable.
        WorkflowDefinition definition;
        try
        {
            definition = WorkflowDefinitionSerializer.Deserialize(json);
        }
        catch (JsonException ex)
        {
            errors.Add(ex.Path ?? "$", $"the flow could not be read: {ex.Message} Fix the value at this path.");
            return new LoadResult(fileName, null, errors.Errors);
        }

        return new LoadResult(fileName, definition, errors.Errors) { Warnings = errors.Warnings };
    }

    /// <summary>
    /// Loads every <c>*.json</c> file directly in <paramref name="directory"/> (not its subfolders, so the
    /// <c>schema/</c> folder is left alone), in file-name order. Two files with the same flow id are an error
    /// on the later one.
    /// </summary>
    public async Task<IReadOnlyList<LoadResult>> LoadDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The flow folder '{directory}' does not exist; create it or point LabFlow at the folder that holds the flow files.");
        }

        var files = Directory.GetFiles(directory, FileSearchPattern, SearchOption.TopDirectoryOnly)
            .Where(f => string.Equals(Path.GetExtension(f), ".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        var results = new List<LoadResult>();
        var fileById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var json = await File.ReadAllTextAsync(file, cancellationToken);
            var result = Load(Path.GetFileName(file), json);
            if (result.Definition is { } definition && !fileById.TryAdd(definition.Id, result.FileName))
            {
                result = result with
                {
                    Definition = null,
                    Errors = [new ValidationError(result.FileName, "$.id", $"flow id '{definition.Id}' is also used by {fileById[definition.Id]}; give each flow its own id.")
                    {
                        Code = ValidationCodes.DuplicateFlowId,
                        Arguments = new Dictionary<string, string>(StringComparer.Ordinal) { ["id"] = definition.Id, ["file"] = fileById[definition.Id] },
                    }],
                };
            }

            results.Add(result);
        }

        return results;
    }

    private static (string Message, string Code, (string Name, string Value)[] Arguments) DescribeSyntaxError(JsonException exception, string json)
    {
        var message = exception.Message;
        var detailsAt = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (detailsAt >= 0)
        {
            message = message[..detailsAt];
        }

        if (exception.LineNumber is not { } line || exception.BytePositionInLine is not { } bytes)
        {
            return ($"the file is not valid JSON: {message} Fix the JSON syntax.", ValidationCodes.Syntax, [("reason", message)]);
        }

        var lineText = (line + 1).ToString(CultureInfo.InvariantCulture);
        var column = (CharacterColumn(json, line, bytes) + 1).ToString(CultureInfo.InvariantCulture);
        return (
            $"the file is not valid JSON (line {lineText}, column {column}): {message} Fix the JSON syntax.",
            ValidationCodes.SyntaxAt,
            [("line", lineText), ("column", column), ("reason", message)]);
    }

    private static long CharacterColumn(string json, long line, long bytePosition)
    {
        // The reader counts bytes of UTF-8; people count characters (å is two bytes, one character).
        var lines = json.Split('\n');
        if (line >= lines.Length)
        {
            return bytePosition;
        }

        var bytes = Encoding.UTF8.GetBytes(lines[line]);
        var length = (int)Math.Min(bytePosition, bytes.Length);
        return Encoding.UTF8.GetCharCount(bytes, 0, length);
    }
}
