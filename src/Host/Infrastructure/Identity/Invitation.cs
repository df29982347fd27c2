using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>Who an administrator invites: a person with memberships, and optionally the organisation-wide roles Admin or Designer.</summary>
internal sealed record Invitation(string Email, string Name, string Culture, IReadOnlyList<Membership> Memberships, IReadOnlyList<string> OrganisationRoles);
