using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Collections;

/// <param name="ForgetVoters">An anonymous vote closes: its dots lose their link to their voters.</param>
public sealed record CollectionClosed(Guid Id, Guid CollectionId, DateTimeOffset At, bool ForgetVoters = false) : IWorkflowEffect;
