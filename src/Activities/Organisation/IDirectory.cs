namespace LabFlow.Activities.Organisation;

/// <summary>People, administrations and who has which role where. Read-only for the lab domain.</summary>
public interface IDirectory
{
    Task<IReadOnlyList<Administration>> ListAdministrationsAsync(CancellationToken cancellationToken);

    Task<Administration?> FindAdministrationAsync(string administrationId, CancellationToken cancellationToken);

    Task<Person?> FindPersonAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>The person with this email address (compared without regard to case), or <c>null</c>.</summary>
    Task<Person?> FindPersonByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>The people with these ids that exist, in the order given.</summary>
    Task<IReadOnlyList<Person>> ListPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken);

    /// <summary>
    /// The people <paramref name="query"/> selects, each with their memberships, in Swedish name order
    /// (<see cref="SwedishSortKey"/>, then id); the search matches as <see cref="PeopleListKeys.Matches"/> does (a name
    /// without regard to case or accents: <c>rene</c> finds René). At most <paramref name="limit"/> (the first in that
    /// order) when given: a person picker asks for the few it shows, whatever the directory's size.
    /// </summary>
    Task<IReadOnlyList<PersonSummary>> SearchPeopleAsync(PeopleQuery query, int? limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<Membership>> ListMembershipsAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>Active people with <paramref name="role"/> in <paramref name="administrationId"/>, by name.</summary>
    Task<IReadOnlyList<Person>> ListMembersAsync(string administrationId, Role role, CancellationToken cancellationToken);
}
