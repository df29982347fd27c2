using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Journal;

namespace LabFlow.Activities.Privacy;

/// <summary>
/// Every stored row that is about one person, as the store finds it: tasks that name them (assignee, candidate,
/// informed, in the history or a comment), labs they are on, journal entries they are the actor of, emails to them,
/// stand-ins either way, their tokens, ideas and votes (those linked to them), and the erasure decision if there is one.
/// </summary>
public sealed record PersonalRecords(
    IReadOnlyList<LabTask> Tasks,
    IReadOnlyList<Lab> Labs,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<PersonalEmail> Emails,
    IReadOnlyList<StandIn> StandIns,
    IReadOnlyList<PersonalToken> Tokens,
    IReadOnlyList<PersonalIdea> Ideas,
    ErasureDecision? Erasure,
    IReadOnlyList<PersonalVote> Votes);
