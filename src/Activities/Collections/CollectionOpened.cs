using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Collections;

public sealed record CollectionOpened(Guid Id, LabCollection Collection) : IWorkflowEffect;
