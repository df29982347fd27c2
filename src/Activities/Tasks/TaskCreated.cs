using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Tasks;

/// <summary>A step created a task; it commits with the burst as a task row.</summary>
public sealed record TaskCreated(Guid Id, LabTask Task) : IWorkflowEffect;
