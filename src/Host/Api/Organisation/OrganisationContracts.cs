using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Api.Organisation;

/// <summary>A person in the directory with every role they have in every administration.</summary>
/// <param name="Culture"><c>sv</c> or <c>en</c>: the language of their emails and UI.</param>
/// <param name="Active">An inactive person cannot sign in and gets no new work; their history stays.</param>
/// <param name="CanReceiveEmail">
/// The address is valid and the mail server did not refuse it; when <c>false</c>, emails to the person wait until the
/// address is corrected (or, after a refusal, sent again with <c>POST /api/v1/people/{id}/email/retry</c>).
/// </param>
/// <param name="EmailRefusedAt">When the mail server refused the person's current address for good, or <c>null</c>.</param>
/// <param name="EmailRefusalReason">
/// Why, as a code: <c>mailbox_unavailable</c> (550), <c>user_not_local</c> (551), <c>mailbox_name_not_allowed</c> (553)
/// or <c>recipient_refused</c> (any other permanent refusal); <c>null</c> when not refused.
/// </param>
internal sealed record PersonResponse(
    Guid Id,
    string Name,
    string Email,
    string Culture,
    bool Active,
    IReadOnlyList<MembershipBody> Memberships,
    bool CanReceiveEmail,
    DateTimeOffset? EmailRefusedAt,
    string? EmailRefusalReason);

/// <summary>A role in an administration.</summary>
internal sealed record MembershipBody(string AdministrationId, Role Role);

/// <summary>
/// A new person with a sign-in account without a password; they set one through an invitation
/// (<c>POST /api/v1/account/invitations</c>) or "forgot password".
/// </summary>
internal sealed record CreatePersonBody(string Name, string Email, string Culture = "sv", IReadOnlyList<MembershipBody>? Memberships = null);

internal sealed record UpdatePersonBody(string Name, string Email, string Culture = "sv");

/// <summary>Deactivate a person who leaves; their open tasks go to <paramref name="ReassignTasksTo"/>.</summary>
/// <param name="ReassignTasksTo">Who takes over their open tasks; required when they have any.</param>
internal sealed record DeactivatePersonBody(Guid? ReassignTasksTo = null, string? Note = null);

/// <summary>What deactivating did: the person as they are now, and how many open tasks moved.</summary>
internal sealed record DeactivatedResponse(PersonResponse Person, int TasksReassigned);

/// <summary>One row of a bulk invitation: its line, what happened, and for an invalid row the field and the message (code and text in the caller's language).</summary>
internal sealed record InvitationRowResponse(int Line, string? Email, InvitationRowStatus Status, Guid? PersonId, string? Field, string? Code, string? Message);
