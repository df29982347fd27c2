namespace LabFlow.Activities.Organisation;

/// <summary>
/// The ESF project as a scope above the administrations. Labs, conferences and seminars that belong to the project
/// rather than one administration live in a reserved administration, so every rights check that compares a lab's
/// administration with a membership keeps working unchanged; the project team's roles are memberships there.
/// </summary>
public static class ProjectScope
{
    /// <summary>The reserved administration id of the project's own labs, conferences and seminars.</summary>
    public const string AdministrationId = "projektet";

    public static Administration Administration { get; } = new(AdministrationId, "Projektet Socialt innovationslabb");

    /// <summary>The project team's roles, in the order of <see cref="Role"/>.</summary>
    public static IReadOnlyList<Role> Roles { get; } =
        [Role.ProjectLead, Role.TrainingCoordinator, Role.ProjectCommunicator, Role.EconomistAdministrator, Role.ProjectHR];

    /// <summary>The administrations every installation has: the four pilots and the project scope.</summary>
    public static IReadOnlyList<Administration> Seeded { get; } = [.. PilotAdministrations.All, Administration];

    public static bool IsProject(string? administrationId) => string.Equals(administrationId, AdministrationId, StringComparison.Ordinal);

    public static bool IsProjectRole(Role role) => RoleModel.Of(role).Scope == RoleScope.Project;
}
