using System.Text.Json;
using System.Text.Json.Serialization;

namespace LabFlow.Workflows.Execution;

/// <summary>Serialises <see cref="WorkflowState"/> for stores that keep it as one document.</summary>
public static class WorkflowStateSerializer
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(WorkflowState state) => JsonSerializer.Serialize(state, Options);

    public static WorkflowState Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkflowState>(json, Options) ?? new WorkflowState();
}
