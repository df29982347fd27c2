namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>One role in one administration as chosen in a form (empty until chosen).</summary>
internal sealed class MembershipForm
{
    public string? AdministrationId { get; set; }

    public string? Role { get; set; }
}
