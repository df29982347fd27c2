using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tasks;

/// <summary>A button that completes the task; <see cref="Name"/> is the step's outcome.</summary>
public sealed record TaskAction(string Name, LocalizedText Label);
