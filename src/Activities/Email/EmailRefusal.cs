namespace LabFlow.Activities.Email;

/// <summary>
/// The mail server refused a person's address for good: the latest such refusal of an email to them, when no email
/// to them was accepted since (<see cref="IEmailStore.ListRefusalsAsync"/>).
/// </summary>
/// <param name="PersonId">The recipient.</param>
/// <param name="Address">The address the server refused.</param>
/// <param name="RefusedAt">When it refused it.</param>
/// <param name="Reason">An <see cref="UndeliverableReasons"/> code.</param>
public sealed record EmailRefusal(Guid PersonId, string Address, DateTimeOffset RefusedAt, string Reason);
