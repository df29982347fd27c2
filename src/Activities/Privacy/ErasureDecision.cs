namespace LabFlow.Activities.Privacy;

/// <summary>
/// The recorded decision to erase a person: who decided, when and why. The person's id stays (counts and statistics
/// refer to it); <see cref="Pseudonym"/> is the name that replaced theirs everywhere.
/// </summary>
public sealed record ErasureDecision(Guid Id, Guid PersonId, string Pseudonym, Guid DecidedBy, DateTimeOffset DecidedAt, string Reason);
