namespace LabFlow.Activities.Email;

/// <summary>Who an email goes to, resolved when the email was requested.</summary>
/// <param name="PersonId">The person in the directory, when the recipient is one (digests and opt-outs need it).</param>
/// <param name="Address">The email address.</param>
/// <param name="DisplayName">The name shown in the To header.</param>
/// <param name="Culture">The person's language (<c>"sv"</c> or <c>"en"</c>), which picks the template.</param>
public sealed record EmailRecipient(Guid? PersonId, string Address, string DisplayName, string Culture);
