using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Collections;

public sealed record CollectionClosed(Guid Id, Guid CollectionId, DateTimeOffset At) : IWorkflowEffect;
