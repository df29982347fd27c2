namespace LabFlow.Workflows.Execution;

/// <summary>
/// A token on its way to <paramref name="ActivityId"/>, arrived through connection <paramref name="ArrivedFrom"/>,
/// with the Any joins it came out of (<see cref="TokenState.Lineage"/>).
/// </summary>
internal sealed record WorkItem(Guid TokenId, string ActivityId, string? ArrivedFrom, IReadOnlyDictionary<string, Guid>? Lineage = null);
