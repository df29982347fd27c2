using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LabFlow.Workflows.Definitions;

/// <summary>
/// Reads and writes flow documents with System.Text.Json so that load → save → load gives the same flow.
/// This does no validation; <c>WorkflowDefinitionLoader</c> parses and validates.
/// </summary>
public static class WorkflowDefinitionSerializer
{
    /// <summary>Options shared by everything that reads or writes flow JSON.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static WorkflowDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, Options)
        ?? throw new JsonException("The flow document is empty (null).");

    public static string Serialize(WorkflowDefinition definition) =>
        JsonSerializer.Serialize(definition, Options) + "\n";

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            IndentSize = 2,
            // Flow files are read by people: keep å, ä, ö and quotes as they are.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
