using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>
/// Adds to the directory what sign-in creates: invited people, their memberships, and (in Development) the pilot
/// administrations and demo people. <see cref="IDirectory"/> stays read-only for the lab domain.
/// </summary>
/// <remarks>
/// Implemented in memory over <see cref="InMemoryDirectory"/> by default; the EF Core directory replaces it. Every
/// method is idempotent, so seeding can run on every start.
/// </remarks>
public interface IDirectoryWriter
{
    /// <summary>Adds the administration, or renames it when its id exists.</summary>
    Task SaveAdministrationAsync(Administration administration, CancellationToken cancellationToken);

    /// <summary>Adds the person, or replaces their name, email, culture and active flag when the id exists.</summary>
    Task SavePersonAsync(Person person, CancellationToken cancellationToken);

    /// <summary>Adds the membership unless the person already has that role in that administration.</summary>
    Task AddMembershipAsync(Membership membership, CancellationToken cancellationToken);
}
