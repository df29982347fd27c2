using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>Which people the list shows: a search over name and email, an administration, a role and a status.</summary>
internal sealed record PeopleFilter(string? Search = null, string? AdministrationId = null, Role? Role = null, PeopleStatus Status = PeopleStatus.Active);
