using LabFlow.Activities.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

/// <summary>
/// The directory in the database. The search filters, sorts and limits in SQL on the stored sort key (as the people
/// list does); the other lists are sorted in .NET (current culture), as the in-memory directory sorts them.
/// </summary>
internal sealed class EfCoreDirectory(LabFlowDbContext db, WorkflowConnection connection) : IDirectory, IDirectoryCommands
{
    // A lab's people (every burst that creates a task) and a form's chosen people: plain commands (issue 17, session
    // 18: EF Core's query pipeline was most of this read's cost, 10 % of a completion's allocations).
    private static readonly IdListQuery PeopleById = new("SELECT \"Id\", \"Name\", \"Email\", \"Culture\", \"Active\" FROM \"People\" WHERE \"Id\" IN ", "");

    private IQueryable<AdministrationRow> Administrations => db.Set<AdministrationRow>().AsNoTracking();

    private IQueryable<PersonRow> People => db.Set<PersonRow>().AsNoTracking();

    private IQueryable<MembershipRow> Memberships => db.Set<MembershipRow>().AsNoTracking();

    public async Task<IReadOnlyList<Administration>> ListAdministrationsAsync(CancellationToken cancellationToken)
    {
        var rows = await Administrations.ToListAsync(cancellationToken);
        return [.. rows.Select(ToAdministration).OrderBy(a => a.Name, StringComparer.CurrentCulture)];
    }

    public async Task<Administration?> FindAdministrationAsync(string administrationId, CancellationToken cancellationToken)
    {
        var row = await Administrations.FirstOrDefaultAsync(a => a.Id == administrationId, cancellationToken);
        return row is null ? null : ToAdministration(row);
    }

    public async Task<Person?> FindPersonAsync(Guid personId, CancellationToken cancellationToken)
    {
        var row = await People.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        return row is null ? null : ToPerson(row);
    }

    public async Task<Person?> FindPersonByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = Normalize(email);
        var row = await People.Where(p => p.NormalizedEmail == normalized).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToPerson(row);
    }

    public async Task<IReadOnlyList<Person>> ListPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return [];
        }

        var found = (await PeopleById.ListAsync(
                connection,
                db,
                personIds,
                _ => { },
                reader => new Person(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4)),
                cancellationToken))
            .ToDictionary(p => p.Id);
        return [.. personIds.Select(found.GetValueOrDefault).OfType<Person>()];
    }

    public async Task<IReadOnlyList<PersonSummary>> SearchPeopleAsync(PeopleQuery query, int? limit, CancellationToken cancellationToken)
    {
        var people = PeopleRowQueries.Search(PeopleRowQueries.Filter(People, Memberships, query), query.Search)
            .OrderBy(p => p.SortKey).ThenBy(p => p.Id);
        var found = await (limit is { } take ? people.Take(take) : people).ToListAsync(cancellationToken);
        var membershipsOf = await PeopleRowQueries.MembershipsOfAsync(Memberships, [.. found.Select(p => p.Id)], cancellationToken);
        return [.. found.Select(p => new PersonSummary(ToPerson(p), membershipsOf(p.Id)))];
    }

    public async Task<IReadOnlyList<Membership>> ListMembershipsAsync(Guid personId, CancellationToken cancellationToken)
    {
        var rows = await Memberships.Where(m => m.PersonId == personId).ToListAsync(cancellationToken);
        // A stable order (administration, then role as declared), so claims and API answers do not shuffle.
        return [.. rows
            .Select(m => new Membership(m.PersonId, m.AdministrationId, m.Role))
            .OrderBy(m => m.AdministrationId, StringComparer.Ordinal)
            .ThenBy(m => m.Role)];
    }

    public async Task<IReadOnlyList<Person>> ListMembersAsync(string administrationId, Role role, CancellationToken cancellationToken)
    {
        var rows = await People
            .Where(p => p.Active && Memberships.Any(m => m.PersonId == p.Id && m.AdministrationId == administrationId && m.Role == role))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToPerson).OrderBy(p => p.Name, StringComparer.CurrentCulture)];
    }

    public Task SaveAdministrationAsync(Administration administration, CancellationToken cancellationToken)
    {
        DirectoryInputs.Check(administration);
        return db.UpsertAsync(
            () => db.Set<AdministrationRow>()
                .Where(a => a.Id == administration.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Name, administration.Name).SetProperty(a => a.RetiredAt, administration.RetiredAt), cancellationToken),
            () => db.Add(new AdministrationRow { Id = administration.Id, Name = administration.Name, RetiredAt = administration.RetiredAt }),
            cancellationToken);
    }

    public Task SavePersonAsync(Person person, CancellationToken cancellationToken)
    {
        DirectoryInputs.Check(person);
        var row = ToRow(person);
        return db.UpsertAsync(
            () => db.Set<PersonRow>()
                .Where(p => p.Id == row.Id)
                .ExecuteUpdateAsync(
                    s => s
                        .SetProperty(p => p.Name, row.Name)
                        .SetProperty(p => p.Email, row.Email)
                        .SetProperty(p => p.NormalizedEmail, row.NormalizedEmail)
                        .SetProperty(p => p.SortKey, row.SortKey)
                        .SetProperty(p => p.Culture, row.Culture)
                        .SetProperty(p => p.Active, row.Active),
                    cancellationToken),
            () => db.Add(row),
            cancellationToken);
    }

    public async Task AddMembershipAsync(Membership membership, CancellationToken cancellationToken)
    {
        DirectoryInputs.Check(membership);
        if (await Memberships.AnyAsync(m => m.PersonId == membership.PersonId && m.AdministrationId == membership.AdministrationId && m.Role == membership.Role, cancellationToken))
        {
            return;
        }

        db.Add(new MembershipRow { PersonId = membership.PersonId, AdministrationId = membership.AdministrationId, Role = membership.Role });
        try
        {
            await db.SaveAndForgetAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            // Someone added the same membership at the same time: it is held, which is what was asked.
        }
    }

    public Task RemoveMembershipAsync(Membership membership, CancellationToken cancellationToken) =>
        db.Set<MembershipRow>()
            .Where(m => m.PersonId == membership.PersonId && m.AdministrationId == membership.AdministrationId && m.Role == membership.Role)
            .ExecuteDeleteAsync(cancellationToken);

    private static string Normalize(string email) => email.ToUpperInvariant();

    private static Administration ToAdministration(AdministrationRow row) => new(row.Id, row.Name, row.RetiredAt);

    private static Person ToPerson(PersonRow row) => new(row.Id, row.Name, row.Email, row.Culture, row.Active);

    private static PersonRow ToRow(Person person) => new()
    {
        Id = person.Id,
        Name = person.Name,
        Email = person.Email,
        NormalizedEmail = Normalize(person.Email),
        SortKey = SwedishSortKey.For(person.Name),
        Culture = person.Culture,
        Active = person.Active,
    };
}
