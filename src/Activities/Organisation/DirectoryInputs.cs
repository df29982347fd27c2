using LabFlow.Activities.Labs;

namespace LabFlow.Activities.Organisation;

/// <summary>
/// What every directory store checks before it writes, so no door (API, page, seeding, sign-in) stores a role that
/// has no name, an administration id that is not a slug, or an oversized name.
/// </summary>
public static class DirectoryInputs
{
    /// <exception cref="LabDomainException"><c>invalid</c> with the fields <c>administrationId</c> and <c>role</c>.</exception>
    public static void Check(Membership membership) =>
        new InputErrors()
            .RequireId("administrationId", membership.AdministrationId, "the administration's id")
            .RequireDefined("role", membership.Role)
            .ThrowIfAny($"The membership of person {membership.PersonId} cannot be saved.");

    /// <exception cref="LabDomainException"><c>invalid</c> with the fields <c>name</c> and <c>email</c>.</exception>
    public static void Check(Person person) =>
        new InputErrors()
            .LimitText("name", person.Name, OrganisationLimits.NameLength, "the person's name")
            .LimitText("email", person.Email, OrganisationLimits.EmailLength, "the person's email address")
            .ThrowIfAny($"Person {person.Id} cannot be saved.");

    /// <exception cref="LabDomainException"><c>invalid</c> with the fields <c>id</c> and <c>name</c>.</exception>
    public static void Check(Administration administration) =>
        new InputErrors()
            .RequireId("id", administration.Id, "the administration's id")
            .RequireText("name", administration.Name, OrganisationLimits.NameLength, "the administration's name")
            .ThrowIfAny("The administration cannot be saved.");
}
