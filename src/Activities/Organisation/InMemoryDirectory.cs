namespace LabFlow.Activities.Organisation;

/// <summary>The directory in memory, seeded with the pilot administrations; tests and development add people.</summary>
public sealed class InMemoryDirectory : IDirectory, IDirectoryCommands
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Administration> _administrations = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, Person> _people = [];
    private readonly List<Membership> _memberships = [];

    public InMemoryDirectory()
    {
        foreach (var administration in ProjectScope.Seeded)
        {
            AddAdministration(administration);
        }
    }

    public void AddAdministration(Administration administration)
    {
        lock (_gate)
        {
            _administrations[administration.Id] = administration;
        }
    }

    /// <summary>Adds or replaces a person.</summary>
    public void AddPerson(Person person)
    {
        lock (_gate)
        {
            _people[person.Id] = person;
        }
    }

    public void AddMembership(Membership membership)
    {
        lock (_gate)
        {
            if (!_memberships.Contains(membership))
            {
                _memberships.Add(membership);
            }
        }
    }

    public void RemoveMembership(Membership membership)
    {
        lock (_gate)
        {
            _memberships.Remove(membership);
        }
    }

    public Task SaveAdministrationAsync(Administration administration, CancellationToken cancellationToken)
    {
        DirectoryInputs.Check(administration);
        AddAdministration(administration);
        return Task.CompletedTask;
    }

    public Task SavePersonAsync(Person person, CancellationToken cancellationToken)
    {
        DirectoryInputs.Check(person);
        AddPerson(person);
        return Task.CompletedTask;
    }

    public Task AddMembershipAsync(Membership membership, CancellationToken cancellationToken)
    {
        DirectoryInputs.Check(membership);
        AddMembership(membership);
        return Task.CompletedTask;
    }

    public Task RemoveMembershipAsync(Membership membership, CancellationToken cancellationToken)
    {
        RemoveMembership(membership);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Administration>> ListAdministrationsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Administration> result = [.. _administrations.Values.OrderBy(a => a.Name, StringComparer.CurrentCulture)];
            return Task.FromResult(result);
        }
    }

    public Task<Administration?> FindAdministrationAsync(string administrationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_administrations.GetValueOrDefault(administrationId));
        }
    }

    public Task<Person?> FindPersonAsync(Guid personId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_people.GetValueOrDefault(personId));
        }
    }

    public Task<Person?> FindPersonByEmailAsync(string email, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_people.Values.FirstOrDefault(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase)));
        }
    }

    public Task<IReadOnlyList<Person>> ListPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Person> result = [.. personIds.Select(_people.GetValueOrDefault).OfType<Person>()];
            return Task.FromResult(result);
        }
    }

    public Task<IReadOnlyList<PersonSummary>> SearchPeopleAsync(PeopleQuery query, int? limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var administration = string.IsNullOrEmpty(query.AdministrationId) ? null : query.AdministrationId;
            var search = query.Search?.Trim();
            IReadOnlyList<PersonSummary> result =
            [
                .. _people.Values
                    .Where(p => query.Active is not { } active || p.Active == active)
                    .Where(p => (administration is null && query.Role is null) || _memberships.Any(m => m.PersonId == p.Id
                        && (administration is null || m.AdministrationId == administration)
                        && (query.Role is null || m.Role == query.Role)))
                    .Where(p => string.IsNullOrEmpty(search) || PeopleListKeys.Matches(p, search))
                    .OrderBy(p => SwedishSortKey.For(p.Name), StringComparer.Ordinal)
                    .ThenBy(p => p.Id)
                    .Take(limit ?? int.MaxValue)
                    .Select(p => new PersonSummary(p, [.. _memberships.Where(m => m.PersonId == p.Id).OrderBy(m => m.AdministrationId, StringComparer.Ordinal).ThenBy(m => m.Role)])),
            ];
            return Task.FromResult(result);
        }
    }

    public Task<IReadOnlyList<Membership>> ListMembershipsAsync(Guid personId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Membership> result = [.. _memberships.Where(m => m.PersonId == personId)];
            return Task.FromResult(result);
        }
    }

    public Task<IReadOnlyList<Person>> ListMembersAsync(string administrationId, Role role, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Person> result =
            [
                .. _memberships
                    .Where(m => m.AdministrationId == administrationId && m.Role == role)
                    .Select(m => _people.GetValueOrDefault(m.PersonId))
                    .OfType<Person>()
                    .Where(p => p.Active)
                    .DistinctBy(p => p.Id)
                    .OrderBy(p => p.Name, StringComparer.CurrentCulture),
            ];
            return Task.FromResult(result);
        }
    }
}
