namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>An invitation as typed: the person, their roles in administrations, and organisation-wide roles.</summary>
internal sealed class InviteForm
{
    public PersonForm Person { get; } = new();

    public List<MembershipForm> Memberships { get; } = [new()];

    public bool Admin { get; set; }

    public bool Designer { get; set; }
}
