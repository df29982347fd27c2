namespace LabFlow.Activities.Organisation;

/// <summary>
/// Which people to list: a search in name or email (case-insensitive), those with <paramref name="Role"/> in
/// <paramref name="AdministrationId"/> (either may be left out), and <paramref name="Active"/> <c>true</c> for the
/// active, <c>false</c> for the deactivated, <c>null</c> for everyone.
/// </summary>
public sealed record PeopleQuery(string? Search = null, string? AdministrationId = null, Role? Role = null, bool? Active = true);
