using LabFlow.Activities.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

/// <summary>
/// The directory in the database. The search filters, sorts and limits in SQL on the stored sort key (as the people
/// list does); the other lists are sorted in .NET (current culture), as the in-memory directory sorts them.
/// </summary>
internal sealed class EfCoreDirectory(LabFlowDbContext db) : IDirectory, IDirectoryCommands
{
    private IQueryable<AdministrationRow> Administrations => db.Set<AdministrationRow>().AsNoTracking();

    private IQueryable<PersonRow> People => db.Set<PersonRow>().AsNoTracking();

    private IQueryable<MembershipRow> Memberships => db.Set<MembershipRow>().AsNoTracking();

    // A lab's people (every burst that creates a task) and a form's chosen people: compiled once per model (issue 17).
    // Up to eight people as scalar parameters, so EF Core reuses their SQL (IdParameters).
    private static readonly PerModelQuery<Func<LabFlowDbContext, Guid[], IAsyncEnumerable<PersonRow>>> PeopleRows = new(() =>
        EF.CompileAsyncQuery((LabFlowDbContext db, Guid[] ids) => db.Set<PersonRow>().AsNoTracking().Where(p => ids.Contains(p.Id))));

    private static readonly PerModelQuery<Func<LabFlowDbContext, Guid, IAsyncEnumerable<PersonRow>>> OnePersonRow = new(() =>
        EF.CompileAsyncQuery((LabFlowDbContext db, Guid id) => db.Set<PersonRow>().AsNoTracking().Where(p => p.Id == id)));

    private static readonly PerModelQuery<Func<LabFlowDbContext, Guid, Guid, Guid, Guid, IAsyncEnumerable<PersonRow>>> FourPeopleRows = new(() =>
        EF.CompileAsyncQuery((LabFlowDbContext db, Guid a, Guid b, Guid c, Guid d) =>
            db.Set<PersonRow>().AsNoTracking().Where(p => new[] { a, b, c, d }.Contains(p.Id))));

    private static readonly PerModelQuery<Func<LabFlowDbContext, Guid, Guid, Guid, Guid, Guid, Guid, Guid, Guid, IAsyncEnumerable<PersonRow>>> EightPeopleRows = new(() =>
        EF.CompileAsyncQuery((LabFlowDbContext db, Guid a, Guid b, Guid c, Guid d, Guid e, Guid f, Guid g, Guid h) =>
            db.Set<PersonRow>().AsNoTracking().Where(p => new[] { a, b, c, d, e, f, g, h }.Contains(p.Id))));

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

        var found = new Dictionary<Guid, PersonRow>(personIds.Count);
        var rows = new IdParameters(personIds).Read(
            id => OnePersonRow.For(db)(db, id),
            (a, b, c, d) => FourPeopleRows.For(db)(db, a, b, c, d),
            (a, b, c, d, e, f, g, h) => EightPeopleRows.For(db)(db, a, b, c, d, e, f, g, h),
            ids => PeopleRows.For(db)(db, ids));
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            found[row.Id] = row;
        }

        return [.. personIds.Select(found.GetValueOrDefault).OfType<PersonRow>().Select(ToPerson)];
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
