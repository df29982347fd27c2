using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>A person as the administration pages show them: directory data and every membership.</summary>
internal sealed record PersonSummary(Person Person, IReadOnlyList<Membership> Memberships);
