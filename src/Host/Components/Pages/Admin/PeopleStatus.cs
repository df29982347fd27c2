namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>Active people, deactivated people, or both.</summary>
internal enum PeopleStatus
{
    Active,
    Deactivated,
    All,
}
