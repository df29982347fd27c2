using System.Text.Json.Nodes;
using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Tasks;

/// <summary>A task was completed with <paramref name="Outcome"/> and <paramref name="Answers"/> by <paramref name="Actor"/>.</summary>
public sealed record TaskCompleted(Guid Id, Guid TaskId, string Actor, string Outcome, JsonObject? Answers, DateTimeOffset At) : IWorkflowEffect;
