using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Collections;

/// <summary>A collection opened or closed in a burst: once committed, its open boards are told (<see cref="ICollectionNotifier"/>).</summary>
public sealed record CollectionChanged(Guid Id, Guid CollectionId) : IOutboxEffect;
