namespace LabFlow.Activities.Knowledge;

/// <summary>A knowledge bank entry the person drafted or published, as their personal-data export lists it.</summary>
/// <param name="Drafted">They wrote the entry.</param>
/// <param name="Published">They published it to the bank.</param>
public sealed record PersonalKnowledgeEntry(
    Guid Id,
    Guid LabId,
    KnowledgeKind Kind,
    string Title,
    string Text,
    bool Drafted,
    bool Published,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt);
