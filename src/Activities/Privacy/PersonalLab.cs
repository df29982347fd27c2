using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Privacy;

/// <summary>A lab the person is on, with their roles in it.</summary>
public sealed record PersonalLab(Guid Id, string Title, string AdministrationId, IReadOnlyList<Role> Roles);
