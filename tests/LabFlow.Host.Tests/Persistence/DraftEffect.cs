using LabFlow.Workflows.Execution;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>A domain effect for tests: its writer stores a draft row in the commit's transaction, or throws.</summary>
internal sealed record DraftEffect(Guid Id, string DraftId, bool Throw = false) : IWorkflowEffect;
