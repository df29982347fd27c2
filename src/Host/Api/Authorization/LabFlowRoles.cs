namespace LabFlow.Host.Api.Authorization;

/// <summary>The role names LabFlow's sign-in issues as role claims; they match the lab domain's roles.</summary>
internal static class LabFlowRoles
{
    public const string Admin = "Admin";
    public const string Designer = "Designer";
    public const string Facilitator = "Facilitator";
    public const string Coordinator = "Coordinator";
    public const string Communicator = "Communicator";
    public const string HR = "HR";
    public const string Sponsor = "Sponsor";
    public const string Participant = "Participant";

    public static IReadOnlyList<string> All { get; } = [Admin, Designer, Facilitator, Coordinator, Communicator, HR, Sponsor, Participant];
}
