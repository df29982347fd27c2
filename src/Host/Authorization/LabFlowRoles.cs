using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Authorization;

/// <summary>
/// The role names LabFlow's sign-in issues as role claims, as constants for authorization attributes and policies.
/// They are the lab domain's <see cref="Role"/> names, not a second list.
/// </summary>
internal static class LabFlowRoles
{
    public const string Admin = nameof(Role.Admin);
    public const string Designer = nameof(Role.Designer);
    public const string Facilitator = nameof(Role.Facilitator);
    public const string Coordinator = nameof(Role.Coordinator);
    public const string Communicator = nameof(Role.Communicator);
    public const string HR = nameof(Role.HR);
    public const string Sponsor = nameof(Role.Sponsor);
    public const string Participant = nameof(Role.Participant);

    public static IReadOnlyList<string> All => Roles.Names;
}
