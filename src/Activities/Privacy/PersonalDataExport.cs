using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Privacy;

/// <summary>
/// Everything LabFlow holds about one person (GDPR art. 15), as they may read it: answers of other people and of
/// steps they may not read are never in it (<see cref="Tasks.AnswerReadRule"/>), nor secrets (password hashes,
/// token hashes).
/// </summary>
public sealed record PersonalDataExport(
    DateTimeOffset CreatedAt,
    Person Person,
    IReadOnlyList<Membership> Memberships,
    IReadOnlyList<Role> OrganisationRoles,
    IReadOnlyList<PersonalLab> Labs,
    IReadOnlyList<PersonalTask> Tasks,
    IReadOnlyList<PersonalJournalEntry> Journal,
    IReadOnlyList<PersonalEmail> Emails,
    StandIn? StandIn,
    IReadOnlyList<StandIn> StandingInFor,
    IReadOnlyList<PersonalToken> Tokens,
    IReadOnlyList<PersonalIdea> Ideas,
    IReadOnlyList<SensitiveRead> SensitiveReads,
    ErasureDecision? Erasure,
    IReadOnlyList<PersonalVote> Votes)
{
    /// <summary>Their participant register entries: sex, organisation, profession group and attendance.</summary>
    public Register.PersonalRegisterData? Register { get; init; }

    /// <summary>The files they uploaded (name, kind, size, step), without their content.</summary>
    public IReadOnlyList<PersonalAttachment> Attachments { get; init; } = [];
    /// <summary>Knowledge bank entries they drafted or published.</summary>
    public IReadOnlyList<Knowledge.PersonalKnowledgeEntry> KnowledgeEntries { get; init; } = [];
}
