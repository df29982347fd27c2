namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>The ids of the administration forms' inputs: the error summary links to them and errors attach to them.</summary>
internal static class AdminFieldIds
{
    public const string Name = "person-name";
    public const string Email = "person-email";
    public const string Culture = "person-culture-sv";
    public const string NewAdministration = "new-membership-administration";
    public const string NewRole = "new-membership-role";
    public const string Successor = "deactivate-successor";
    public const string Note = "deactivate-note";

    public static string MembershipAdministration(int index) => $"membership-{index}-administration";

    public static string MembershipRole(int index) => $"membership-{index}-role";
}
