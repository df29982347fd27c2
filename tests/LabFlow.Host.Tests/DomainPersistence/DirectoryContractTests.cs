using LabFlow.Activities.Organisation;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>The EF Core directory's contract, run on every provider.</summary>
public abstract class DirectoryContractTests : DomainStoreTestBase
{
    private static readonly string School = PilotAdministrations.Grundskoleforvaltningen.Id;

    [DatabaseFact]
    public async Task ListAdministrationsAsync_ReturnsThePilotAdministrationsAndTheProjectByName_WhenNothingWasAdded()
    {
        var administrations = await InScopeAsync<IDirectory, IReadOnlyList<Administration>>(d => d.ListAdministrationsAsync(Token));

        Assert.Equal(
            ["Arbetsmarknads- och vuxenutbildningsförvaltningen", "Förskoleförvaltningen", "Grundskoleförvaltningen", "Projektet Socialt innovationslabb", "Stadsbyggnadskontoret"],
            administrations.Select(a => a.Name));
    }

    [DatabaseFact]
    public async Task SaveAdministrationAsync_AddsAndRenames()
    {
        await InScopeAsync<IDirectoryCommands>(d => d.SaveAdministrationAsync(new Administration("kultur", "Kultur"), Token));
        await InScopeAsync<IDirectoryCommands>(d => d.SaveAdministrationAsync(new Administration("kultur", "Kulturförvaltningen"), Token));

        var found = await InScopeAsync<IDirectory, Administration?>(d => d.FindAdministrationAsync("kultur", Token));

        Assert.Equal(new Administration("kultur", "Kulturförvaltningen"), found);
    }

    [DatabaseFact]
    public async Task SavePersonAsync_RoundTripsAndReplaces_AndFindsByEmailIgnoringCase()
    {
        var person = new Person(Guid.NewGuid(), "Åsa Öberg", "Asa.Oberg@Example.se", "en");
        await InScopeAsync<IDirectoryCommands>(d => d.SavePersonAsync(person, Token));
        var byId = await InScopeAsync<IDirectory, Person?>(d => d.FindPersonAsync(person.Id, Token));
        var byEmail = await InScopeAsync<IDirectory, Person?>(d => d.FindPersonByEmailAsync("asa.oberg@EXAMPLE.se", Token));

        await InScopeAsync<IDirectoryCommands>(d => d.SavePersonAsync(person with { Name = "Åsa Berg", Active = false }, Token));
        var replaced = await InScopeAsync<IDirectory, Person?>(d => d.FindPersonAsync(person.Id, Token));

        Assert.Equal(person, byId);
        Assert.Equal(person, byEmail);
        Assert.Equal(person with { Name = "Åsa Berg", Active = false }, replaced);
        Assert.Null(await InScopeAsync<IDirectory, Person?>(d => d.FindPersonByEmailAsync("nobody@example.se", Token)));
    }

    [DatabaseFact]
    public async Task ListPeopleAsync_ReturnsThoseThatExist_InTheOrderGiven()
    {
        var first = new Person(Guid.NewGuid(), "Ada", "ada@example.se");
        var second = new Person(Guid.NewGuid(), "Bo", "bo@example.se");
        await InScopeAsync<IDirectoryCommands>(async d =>
        {
            await d.SavePersonAsync(first, Token);
            await d.SavePersonAsync(second, Token);
        });

        var people = await InScopeAsync<IDirectory, IReadOnlyList<Person>>(d => d.ListPeopleAsync([second.Id, Guid.NewGuid(), first.Id], Token));

        Assert.Equal([second, first], people);
    }

    [DatabaseTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(20)]
    public async Task ListPeopleAsync_ReturnsEveryoneAskedForOnce_ForEverySizeOfTheSetAndARepeatedId(int count)
    {
        // Arrange: the store reads one, four, eight ids as scalar parameters (the last one repeated) and more as a list.
        var people = Enumerable.Range(0, count).Select(i => new Person(Guid.NewGuid(), $"Person {i}", $"person{i}@example.se")).ToList();
        await InScopeAsync<IDirectoryCommands>(async d =>
        {
            foreach (var person in people)
            {
                await d.SavePersonAsync(person, Token);
            }
        });

        // Act: every id, the first one twice, and one nobody has.
        var found = await InScopeAsync<IDirectory, IReadOnlyList<Person>>(d =>
            d.ListPeopleAsync([.. people.Select(p => p.Id), people[0].Id, Guid.NewGuid()], Token));

        // Assert
        Assert.Equal([.. people, people[0]], found);
    }

    [DatabaseFact]
    public async Task SearchPeopleAsync_ReturnsMatchesByNameWithTheirRoles_WhenFilteredBySearchRoleAndStatus()
    {
        // Arrange
        var kim = new Person(Guid.NewGuid(), "Kim Ström", "kim.strom@example.se");
        var alva = new Person(Guid.NewGuid(), "Alva Ström", "alva@example.se");
        var gone = new Person(Guid.NewGuid(), "Gustav Ström", "gustav@example.se", Active: false);
        await InScopeAsync<IDirectoryCommands>(async d =>
        {
            foreach (var person in new[] { kim, alva, gone })
            {
                await d.SavePersonAsync(person, Token);
            }

            await d.AddMembershipAsync(new Membership(kim.Id, School, Role.Sponsor), Token);
            await d.AddMembershipAsync(new Membership(kim.Id, School, Role.Coordinator), Token);
            await d.AddMembershipAsync(new Membership(alva.Id, School, Role.Sponsor), Token);
            await d.AddMembershipAsync(new Membership(gone.Id, School, Role.Coordinator), Token);
        });

        // Act
        var active = await InScopeAsync<IDirectory, IReadOnlyList<PersonSummary>>(d => d.SearchPeopleAsync(new PeopleQuery(Search: "STRÖM"), limit: null, Token));
        var coordinators = await InScopeAsync<IDirectory, IReadOnlyList<PersonSummary>>(d => d.SearchPeopleAsync(new PeopleQuery(AdministrationId: School, Role: Role.Coordinator, Active: null), limit: null, Token));
        var deactivated = await InScopeAsync<IDirectory, IReadOnlyList<PersonSummary>>(d => d.SearchPeopleAsync(new PeopleQuery(Active: false), limit: null, Token));

        // Assert
        Assert.Equal([alva.Id, kim.Id], active.Select(p => p.Person.Id));
        Assert.Equal([Role.Coordinator, Role.Sponsor], active[1].Memberships.Select(m => m.Role));
        Assert.Equal([gone.Id, kim.Id], coordinators.Select(p => p.Person.Id));
        Assert.Equal([gone], deactivated.Select(p => p.Person));
    }

    [DatabaseFact]
    public async Task SearchPeopleAsync_ReturnsTheFirstInSwedishOrder_WhenTheSearchHasNoAccentsAndALimit()
    {
        // Arrange
        await InScopeAsync<IDirectoryCommands>(async d =>
        {
            foreach (var name in new[] { "René Ödman", "Irene Åberg", "Rene Berg", "Per Persson" })
            {
                await d.SavePersonAsync(new Person(Guid.NewGuid(), name, $"{Guid.NewGuid():N}@example.se"), Token);
            }
        });

        // Act
        var all = await InScopeAsync<IDirectory, IReadOnlyList<PersonSummary>>(d => d.SearchPeopleAsync(new PeopleQuery("RENE"), limit: null, Token));
        var firstTwo = await InScopeAsync<IDirectory, IReadOnlyList<PersonSummary>>(d => d.SearchPeopleAsync(new PeopleQuery("rene"), limit: 2, Token));

        // Assert: case and accents aside, and Ö after the other letters.
        Assert.Equal(["Irene Åberg", "Rene Berg", "René Ödman"], all.Select(p => p.Person.Name));
        Assert.Equal(["Irene Åberg", "Rene Berg"], firstTwo.Select(p => p.Person.Name));
    }

    [DatabaseFact]
    public async Task ListMembersAsync_ReturnsActiveMembersWithTheRoleByName_WhenMembershipsWereAddedTwice()
    {
        var kim = new Person(Guid.NewGuid(), "Kim", "kim@example.se");
        var alva = new Person(Guid.NewGuid(), "Alva", "alva@example.se");
        var gone = new Person(Guid.NewGuid(), "Gustav", "gustav@example.se", Active: false);
        var sponsor = new Person(Guid.NewGuid(), "Sam", "sam@example.se");
        await InScopeAsync<IDirectoryCommands>(async d =>
        {
            foreach (var person in new[] { kim, alva, gone, sponsor })
            {
                await d.SavePersonAsync(person, Token);
            }

            await d.AddMembershipAsync(new Membership(kim.Id, School, Role.Coordinator), Token);
            await d.AddMembershipAsync(new Membership(kim.Id, School, Role.Coordinator), Token);
            await d.AddMembershipAsync(new Membership(kim.Id, School, Role.Facilitator), Token);
            await d.AddMembershipAsync(new Membership(alva.Id, School, Role.Coordinator), Token);
            await d.AddMembershipAsync(new Membership(gone.Id, School, Role.Coordinator), Token);
            await d.AddMembershipAsync(new Membership(sponsor.Id, School, Role.Sponsor), Token);
        });

        var coordinators = await InScopeAsync<IDirectory, IReadOnlyList<Person>>(d => d.ListMembersAsync(School, Role.Coordinator, Token));
        var memberships = await InScopeAsync<IDirectory, IReadOnlyList<Membership>>(d => d.ListMembershipsAsync(kim.Id, Token));

        Assert.Equal([alva, kim], coordinators);
        Assert.Equal(
            [new Membership(kim.Id, School, Role.Facilitator), new Membership(kim.Id, School, Role.Coordinator)],
            memberships.OrderBy(m => m.Role));
    }

    [DatabaseFact]
    public async Task RemoveMembershipAsync_TakesTheRoleAway()
    {
        var kim = new Person(Guid.NewGuid(), "Kim", "kim@example.se");
        await InScopeAsync<IDirectoryCommands>(async d =>
        {
            await d.SavePersonAsync(kim, Token);
            await d.AddMembershipAsync(new Membership(kim.Id, School, Role.Coordinator), Token);
            await d.RemoveMembershipAsync(new Membership(kim.Id, School, Role.Coordinator), Token);
            await d.RemoveMembershipAsync(new Membership(kim.Id, School, Role.Coordinator), Token);
        });

        Assert.Empty(await InScopeAsync<IDirectory, IReadOnlyList<Person>>(d => d.ListMembersAsync(School, Role.Coordinator, Token)));
        Assert.Empty(await InScopeAsync<IDirectory, IReadOnlyList<Membership>>(d => d.ListMembershipsAsync(kim.Id, Token)));
    }
}
