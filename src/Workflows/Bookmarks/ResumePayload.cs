using System.Text.Json.Nodes;

namespace LabFlow.Workflows.Bookmarks;

/// <summary>What a resume brings: data (form answers, a signal's payload) and who resumed.</summary>
public sealed record ResumePayload(JsonObject? Data, string Actor)
{
    public static ResumePayload System(JsonObject? data = null) => new(data, WorkflowActors.System);
}
