using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Privacy;

/// <summary>
/// What the store pseudonymises in one go: <see cref="Person"/> as stored before erasure, the decision to record
/// first, the address that replaces theirs, and texts of theirs (answers of personal fields, comments, notes) that
/// are replaced wherever else they were copied (journal data, stored step outputs, emails), and the person's ideas
/// with what they wrote in them removed (<see cref="Ideas"/>, written as they are).
/// </summary>
public sealed record ErasurePlan(ErasureDecision Decision, Person Person, string PseudonymEmail, IReadOnlyList<string> FreeTexts, IReadOnlyList<PersonalIdea> Ideas)
{
    /// <summary>What a removed free text is replaced with.</summary>
    public const string Removed = "[raderat]";

    /// <summary>Every revision of the person's ideas (their own and a facilitator's rewordings) with its written texts removed, written as they are.</summary>
    public IReadOnlyList<Collections.IdeaRevision> IdeaRevisions { get; init; } = [];
}
