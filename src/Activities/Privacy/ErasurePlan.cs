using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Privacy;

/// <summary>
/// What the store pseudonymises in one go: <see cref="Person"/> as stored before erasure, the decision to record
/// first, the address that replaces theirs, and texts of theirs (answers of personal fields, comments, notes) that
/// are replaced wherever else they were copied (journal data, stored step outputs, emails).
/// </summary>
public sealed record ErasurePlan(ErasureDecision Decision, Person Person, string PseudonymEmail, IReadOnlyList<string> FreeTexts)
{
    /// <summary>What a removed free text is replaced with.</summary>
    public const string Removed = "[raderat]";
}
