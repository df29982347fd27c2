using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Tasks;

/// <summary>What the read rule needs to know of one person for one lab (<see cref="AnswerReadRule"/>).</summary>
/// <param name="PersonId">The reader.</param>
/// <param name="LabRoles">The roles the person is named on the lab in.</param>
/// <param name="OrganisationRoles">The roles the person holds for the whole organisation, and the project team's roles (<see cref="Labs.LabAccess.ReaderRolesAsync"/>).</param>
/// <param name="ReadsOpenSteps">Whether the role model grants <see cref="Permission.ReadOpenAnswers"/> for the lab's administration.</param>
public sealed record AnswerReader(Guid PersonId, IReadOnlySet<Role> LabRoles, IReadOnlySet<Role> OrganisationRoles, bool ReadsOpenSteps)
{
    /// <summary>Whether the person holds <paramref name="role"/> on the lab or organisation-wide.</summary>
    public bool Holds(Role role) => LabRoles.Contains(role) || OrganisationRoles.Contains(role);
}
