namespace LabFlow.Activities.Knowledge;

/// <summary>
/// One thing a lab learned, as its facilitator wrote it for the bank: a redacted snapshot, never a live link into
/// the lab's answers. A draft (<see cref="PublishedAt"/> <c>null</c>) is seen only on its lab; search finds only
/// published entries.
/// </summary>
/// <param name="SourceTaskId">The task the entry was taken from, when one; its step's read rule then governs who finds the entry.</param>
/// <param name="Restricted">The source step has readers of its own (<see cref="Tasks.StepReaders"/>): only its readers find the entry.</param>
/// <param name="Phase">The lab phase the entry comes from.</param>
/// <param name="Year">The year the lab ran (its start date's), for filtering.</param>
/// <param name="TargetAreas">Target areas of the equality programme (<see cref="Forms.FormPresets.EqualityTargetAreaOptions"/> values).</param>
/// <param name="Grounds">Grounds of discrimination (<see cref="Forms.FormPresets.DiscriminationGroundOptions"/> values).</param>
public sealed record KnowledgeEntry(
    Guid Id,
    Guid LabId,
    string AdministrationId,
    KnowledgeKind Kind,
    string Title,
    string Text,
    Guid? SourceTaskId,
    string? SourceActivityId,
    bool Restricted,
    string? Phase,
    int Year,
    IReadOnlyList<string> TargetAreas,
    IReadOnlyList<string> Grounds,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt = null,
    Guid? PublishedBy = null)
{
    public bool IsPublished => PublishedAt is not null;
}
