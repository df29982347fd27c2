namespace LabFlow.Activities.Organisation;

/// <summary>
/// A person to invite: their memberships (person id left empty), and the organisation-wide roles
/// (<see cref="Role.Admin"/>, <see cref="Role.Designer"/>) their account gets.
/// </summary>
public sealed record NewPerson(string Name, string Email, string Culture, IReadOnlyList<Membership> Memberships, IReadOnlyList<Role>? OrganisationRoles = null);
