namespace LabFlow.Activities.Organisation;

/// <summary>
/// Writes the directory: administrations, people and their memberships (administration, seeding, the API). Every
/// command is idempotent, so seeding can run at every start.
/// </summary>
public interface IDirectoryCommands
{
    /// <summary>Adds the administration, or renames the one with its id.</summary>
    Task SaveAdministrationAsync(Administration administration, CancellationToken cancellationToken);

    /// <summary>Adds the person, or replaces the one with their id (name, email, language, active).</summary>
    Task SavePersonAsync(Person person, CancellationToken cancellationToken);

    /// <summary>Gives a person a role in an administration; a membership already held changes nothing.</summary>
    Task AddMembershipAsync(Membership membership, CancellationToken cancellationToken);

    /// <summary>Takes a role in an administration from a person; a membership not held changes nothing.</summary>
    Task RemoveMembershipAsync(Membership membership, CancellationToken cancellationToken);
}
