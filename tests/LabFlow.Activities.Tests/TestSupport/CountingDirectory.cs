using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Tests.TestSupport;

/// <summary>A directory that counts the reads a cache is to save (issue 17).</summary>
internal sealed class CountingDirectory(IDirectory inner) : IDirectory
{
    public Dictionary<Guid, int> MembershipReads { get; } = [];

    public int PeopleReads { get; private set; }

    public Task<IReadOnlyList<Administration>> ListAdministrationsAsync(CancellationToken cancellationToken) => inner.ListAdministrationsAsync(cancellationToken);

    public Task<Administration?> FindAdministrationAsync(string administrationId, CancellationToken cancellationToken) => inner.FindAdministrationAsync(administrationId, cancellationToken);

    public Task<Person?> FindPersonAsync(Guid personId, CancellationToken cancellationToken) => inner.FindPersonAsync(personId, cancellationToken);

    public Task<Person?> FindPersonByEmailAsync(string email, CancellationToken cancellationToken) => inner.FindPersonByEmailAsync(email, cancellationToken);

    public Task<IReadOnlyList<Person>> ListPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        PeopleReads++;
        return inner.ListPeopleAsync(personIds, cancellationToken);
    }

    public Task<IReadOnlyList<PersonSummary>> SearchPeopleAsync(PeopleQuery query, int? limit, CancellationToken cancellationToken) => inner.SearchPeopleAsync(query, limit, cancellationToken);

    public Task<IReadOnlyList<Membership>> ListMembershipsAsync(Guid personId, CancellationToken cancellationToken)
    {
        MembershipReads[personId] = MembershipReads.GetValueOrDefault(personId) + 1;
        return inner.ListMembershipsAsync(personId, cancellationToken);
    }

    public Task<IReadOnlyList<Person>> ListMembersAsync(string administrationId, Role role, CancellationToken cancellationToken) => inner.ListMembersAsync(administrationId, role, cancellationToken);
}
