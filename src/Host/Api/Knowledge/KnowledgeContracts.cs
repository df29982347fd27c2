using LabFlow.Activities.Knowledge;

namespace LabFlow.Host.Api.Knowledge;

/// <summary>A draft for the bank: what the lab learned, optionally from one of its tasks, with tags for filtering.</summary>
internal sealed record KnowledgeEntryBody(
    KnowledgeKind Kind,
    string? Title,
    string? Text,
    Guid? SourceTaskId = null,
    string? Phase = null,
    IReadOnlyList<string>? TargetAreas = null,
    IReadOnlyList<string>? Grounds = null);

/// <summary>Publishing needs the facilitator's confirmation that the entry holds no personal data.</summary>
internal sealed record PublishKnowledgeBody(bool ConfirmNoPersonalData);

/// <summary>The drafts chosen at handover, published together after the same confirmation.</summary>
internal sealed record PublishChosenKnowledgeBody(IReadOnlyList<Guid>? EntryIds, bool ConfirmNoPersonalData);
