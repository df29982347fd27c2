using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Infrastructure.Identity;

/// <summary>Writes to the in-memory directory (used until the directory is in the database).</summary>
internal sealed class InMemoryDirectoryWriter(InMemoryDirectory directory) : IDirectoryWriter
{
    public Task SaveAdministrationAsync(Administration administration, CancellationToken cancellationToken)
    {
        directory.AddAdministration(administration);
        return Task.CompletedTask;
    }

    public Task SavePersonAsync(Person person, CancellationToken cancellationToken)
    {
        directory.AddPerson(person);
        return Task.CompletedTask;
    }

    public Task AddMembershipAsync(Membership membership, CancellationToken cancellationToken)
    {
        directory.AddMembership(membership);
        return Task.CompletedTask;
    }
}
