using LabFlow.Activities.Listing;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;
using LabFlow.Host.Infrastructure.Persistence.StartupSteps;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>
/// The people list paged in SQL (<see cref="EfCorePeopleListStore"/>) through <see cref="PeopleListService"/>, run on
/// every provider: Swedish order from the stored sort key, at least three pages, a cursor that stays right when
/// people are added, the search on the same keys, and the start-up fill of keys missing from older rows.
/// </summary>
public abstract class PeopleListContractTests : DomainStoreTestBase
{
    private const string Unit = "lists-unit";
    private const int Limit = 2;

    private static readonly Person Admin = new(Guid.NewGuid(), "Ada Admin", "ada.admin@example.se");

    [DatabaseFact]
    public async Task ListAsync_PagesInSwedishOrder_WhenNamesHaveÅÄÖCaseAndAccents()
    {
        // Arrange
        await ArrangeAsync("örjan Lund", "Zoe Zorn", "Åke Berg", "élise Ek", "ärla Vik", "Anna Ark", "Erik Ebb");

        // Act
        var pages = await ReadAllAsync(new PeopleQuery(AdministrationId: Unit), PeopleSort.Name);

        // Assert: case and accents aside (é as e), å ä ö after z.
        Assert.Equal(4, pages.Count);
        Assert.Equal(
            ["Anna Ark", "élise Ek", "Erik Ebb", "Zoe Zorn", "Åke Berg", "ärla Vik", "örjan Lund"],
            pages.SelectMany(p => p));
    }

    [DatabaseFact]
    public async Task ListAsync_KeepsTheCursor_WhenPeopleAreAddedBeforeAndAfterIt()
    {
        // Arrange
        await ArrangeAsync("Bo", "Cia", "Dan", "Eva", "Fia", "Gun");
        var query = new PeopleQuery(AdministrationId: Unit);
        var first = await ListAsync(query, PeopleSort.Name, null);

        // Act: one person sorts before the cursor (and waits for a new list), one after it (and shows at the end).
        await AddMemberAsync("Ada");
        await AddMemberAsync("Östen");
        var second = await ListAsync(query, PeopleSort.Name, first.Next);
        var third = await ListAsync(query, PeopleSort.Name, second.Next);
        var fourth = await ListAsync(query, PeopleSort.Name, third.Next);

        // Assert
        Assert.Equal(["Bo", "Cia"], Names(first));
        Assert.Equal(["Dan", "Eva"], Names(second));
        Assert.Equal(["Fia", "Gun"], Names(third));
        Assert.Equal(["Östen"], Names(fourth));
        Assert.Null(fourth.Next);
    }

    [DatabaseFact]
    public async Task ListAsync_PagesPeopleWithTheSameNameByTheirIds_WhenNamesDifferOnlyInCase()
    {
        // Arrange: five people whose names have one key, so only the id orders them.
        var ids = await ArrangeAsync("Kim Lo", "KIM LO", "kim lo", "Kim lo", "kIm Lo");

        // Act
        var pages = await ReadAllAsync(new PeopleQuery(AdministrationId: Unit), PeopleSort.Name, p => p.Id.ToString());

        // Assert: every one once, over three pages.
        Assert.Equal([2, 2, 1], pages.Select(p => p.Count));
        Assert.Equal(ids.Select(i => i.ToString()).Order(), pages.SelectMany(p => p).Order());
    }

    [DatabaseFact]
    public async Task ListAsync_FindsANameWithoutRegardToCaseOrAccents_AndAnEmailWithoutRegardToCase()
    {
        // Arrange
        await ArrangeAsync("Åsa Öberg", "René Ödman", "Per Persson");

        // Act
        var byName = await ListAsync(new PeopleQuery("ÅSA ö", Unit), PeopleSort.Name, null);
        var byAccentless = await ListAsync(new PeopleQuery("rene", Unit), PeopleSort.Name, null);
        var byEmail = await ListAsync(new PeopleQuery("PER.PERSSON@", Unit), PeopleSort.Name, null);

        // Assert
        Assert.Equal(["Åsa Öberg"], Names(byName));
        Assert.Equal(["René Ödman"], Names(byAccentless));
        Assert.Equal(["Per Persson"], Names(byEmail));
    }

    [DatabaseFact]
    public async Task MigrateAsync_FillsTheSortKey_WhenARowWasSavedBeforeTheColumnExisted()
    {
        // Arrange: a person saved as before the migration (an empty key), in a database that has not run the step.
        var ids = await ArrangeAsync("Örn Berg", "Zack Ek");
        await WithPeopleAsync(people => people.ExecuteUpdateAsync(s => s.SetProperty(p => p.SortKey, ""), Token));
        await Node.InScopeAsync(async sp =>
        {
            await using var db = sp.GetRequiredService<LabFlowDatabase>().CreateContext();
            return await db.Set<CompletedStartupStepRow>().ExecuteDeleteAsync(Token);
        });

        // Act: start-up again, twice (the second finds the step done).
        Assert.True(await Node.InScopeAsync(sp => sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(Token)));
        Assert.True(await Node.InScopeAsync(sp => sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(Token)));
        var keys = await WithPeopleAsync(people => people.Where(p => ids.Contains(p.Id)).OrderBy(p => p.Name).Select(p => p.SortKey).ToListAsync(Token));

        // Assert
        Assert.Equal([SwedishSortKey.For("Zack Ek"), SwedishSortKey.For("Örn Berg")], keys);
        Assert.Equal(["Zack Ek", "Örn Berg"], Names(await ListAsync(new PeopleQuery(AdministrationId: Unit), PeopleSort.Name, null)));
    }

    private async Task<List<Guid>> ArrangeAsync(params string[] names)
    {
        await InScopeAsync<IDirectoryCommands>(async d =>
        {
            await d.SaveAdministrationAsync(new Administration(Unit, "Listenheten"), Token);
            await d.SavePersonAsync(Admin, Token);
            await d.AddMembershipAsync(new Membership(Admin.Id, PilotAdministrations.Grundskoleforvaltningen.Id, Role.Admin), Token);
        });
        var ids = new List<Guid>();
        foreach (var name in names)
        {
            ids.Add(await AddMemberAsync(name));
        }

        return ids;
    }

    private async Task<Guid> AddMemberAsync(string name)
    {
        // An ASCII address that ends in the name, so a search can find the person by email.
        var local = new string([.. name.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' ? c : '.')]);
        var person = new Person(Guid.NewGuid(), name, $"{Guid.NewGuid():N}.{local}@example.se");
        await InScopeAsync<IDirectoryCommands>(async d =>
        {
            await d.SavePersonAsync(person, Token);
            await d.AddMembershipAsync(new Membership(person.Id, Unit, Role.Participant), Token);
        });
        return person.Id;
    }

    private Task<T> WithPeopleAsync<T>(Func<DbSet<PersonRow>, Task<T>> action) =>
        Node.InScopeAsync(async sp =>
        {
            await using var db = sp.GetRequiredService<LabFlowDatabase>().CreateContext();
            return await action(db.Set<PersonRow>());
        });

    private Task<ListPage<PersonSummary>> ListAsync(PeopleQuery query, PeopleSort sort, string? cursor) =>
        InScopeAsync<PeopleListService, ListPage<PersonSummary>>(s => s.ListAsync(Admin.Id, query, sort, cursor, Limit, Token));

    private async Task<List<List<string>>> ReadAllAsync(PeopleQuery query, PeopleSort sort, Func<Person, string>? show = null)
    {
        show ??= p => p.Name;
        var pages = new List<List<string>>();
        string? cursor = null;
        do
        {
            var page = await ListAsync(query, sort, cursor);
            pages.Add([.. page.Items.Select(i => show(i.Person))]);
            cursor = page.Next;
        }
        while (cursor is not null && pages.Count < 20);

        return pages;
    }

    private static List<string> Names(ListPage<PersonSummary> page) => [.. page.Items.Select(i => i.Person.Name)];
}
