using LabFlow.Activities.Messages;

namespace LabFlow.Activities.Organisation;

/// <summary>What happened to one row of a bulk invitation.</summary>
public enum InvitationRowStatus
{
    Created,
    AlreadyExists,
    Invalid,
}

/// <summary>One row's result: its line (1-based, the header counted), the email read, and for an invalid row the field and what to fix.</summary>
public sealed record InvitationRowResult(int Line, string? Email, InvitationRowStatus Status, Guid? PersonId = null, string? Field = null, CodedMessage? Message = null);

/// <summary>
/// Invite several people at once: either <paramref name="Csv"/> (columns name, email, administration, role; a header
/// row naming them is optional; comma or semicolon separated, quotes allowed) or <paramref name="Emails"/>, one
/// address per line (also commas or semicolons), who all get <paramref name="AdministrationId"/> and <paramref name="Role"/>.
/// </summary>
public sealed record BulkInvitation(string? Csv = null, string? Emails = null, string? AdministrationId = null, Role? Role = null, string Culture = "sv");
