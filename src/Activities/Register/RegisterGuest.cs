namespace LabFlow.Activities.Register;

/// <summary>
/// Someone without an account registered on a lab, conference or seminar by its facilitator or the training
/// coordinator (a conference guest). Their sex is <see cref="Sex.NotStated"/> unless they stated it.
/// </summary>
/// <param name="Email">Optional: for the evaluation link and nothing else.</param>
public sealed record RegisterGuest(
    Guid Id,
    Guid LabId,
    string Name,
    string Organisation,
    string? Email,
    Sex Sex,
    Guid RegisteredBy,
    DateTimeOffset RegisteredAt);
