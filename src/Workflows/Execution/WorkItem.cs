namespace LabFlow.Workflows.Execution;

/// <summary>A token on its way to <paramref name="ActivityId"/>, arrived through connection <paramref name="ArrivedFrom"/>.</summary>
internal sealed record WorkItem(Guid TokenId, string ActivityId, string? ArrivedFrom);
