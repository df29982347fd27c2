using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Tests.Labs;

/// <summary>The reads kept within one request or burst (issue 17): each person's own, and only while allowed.</summary>
public sealed class RequestReadsTests
{
    private static readonly Person Coordinator = new(Guid.Parse("21000000-0000-0000-0000-000000000001"), "Cai Coordinator", "cai@example.se");
    private static readonly Person Outsider = new(Guid.Parse("21000000-0000-0000-0000-000000000002"), "Olle Utanför", "olle@example.se");
    private static readonly Person Sponsor = new(Guid.Parse("21000000-0000-0000-0000-000000000003"), "Siv Sponsor", "siv@example.se");

    [Fact]
    public async Task LabAccess_ReadsEachPersonsMembershipsOnce_WhenTheRequestEnabledItsReads()
    {
        var directory = new CountingDirectory(Directory());
        var reads = new AccessReads();
        reads.Enable();
        var access = new LabAccess(directory, new NoRoles(), reads);

        var coordinatorSees = await access.CanSeeAsync(Coordinator.Id, SchoolLab(), CancellationToken.None);
        var coordinatorIsAdmin = await access.IsAdminAsync(Coordinator.Id, CancellationToken.None);
        var coordinatorMayLaunch = await access.CanLaunchAsync(Coordinator.Id, "grundskoleforvaltningen", CancellationToken.None);
        var outsiderSees = await access.CanSeeAsync(Outsider.Id, SchoolLab(), CancellationToken.None);

        Assert.Equal((true, false, false, false), (coordinatorSees, coordinatorIsAdmin, coordinatorMayLaunch, outsiderSees));
        Assert.Equal(1, directory.MembershipReads[Coordinator.Id]);
        Assert.Equal(1, directory.MembershipReads[Outsider.Id]);
    }

    [Fact]
    public async Task LabAccess_SeesAChangedMembership_WhenTheScopeIsNotARequestOrIsANewRequest()
    {
        var inner = Directory();
        var directory = new CountingDirectory(inner);
        var pageScope = new LabAccess(directory, new NoRoles(), new AccessReads());
        var firstRequestReads = new AccessReads();
        firstRequestReads.Enable();
        var firstRequest = new LabAccess(directory, new NoRoles(), firstRequestReads);
        Assert.False(await pageScope.CanSeeAsync(Outsider.Id, SchoolLab(), CancellationToken.None));
        Assert.False(await firstRequest.CanSeeAsync(Outsider.Id, SchoolLab(), CancellationToken.None));

        inner.AddMembership(new Membership(Outsider.Id, "grundskoleforvaltningen", Role.Coordinator));
        var nextRequestReads = new AccessReads();
        nextRequestReads.Enable();
        var nextRequest = new LabAccess(directory, new NoRoles(), nextRequestReads);

        Assert.True(await pageScope.CanSeeAsync(Outsider.Id, SchoolLab(), CancellationToken.None));
        Assert.True(await nextRequest.CanSeeAsync(Outsider.Id, SchoolLab(), CancellationToken.None));
        Assert.False(await firstRequest.CanSeeAsync(Outsider.Id, SchoolLab(), CancellationToken.None)); // decided on what it read
        Assert.Equal(4, directory.MembershipReads[Outsider.Id]); // the page twice, each request once
    }

    [Fact]
    public async Task ResolveRoleAsync_ReadsTheLabsPeopleOnce_WhenRolesAreResolvedForTheSameLab()
    {
        var directory = new CountingDirectory(Directory());
        var resolver = new AssigneeResolver(directory);
        var lab = SchoolLab() with { People = [new LabMember(Coordinator.Id, Role.Facilitator), new LabMember(Sponsor.Id, Role.Sponsor)] };

        var facilitators = await resolver.ResolveRoleAsync(Role.Facilitator, lab, null, CancellationToken.None);
        var sponsors = await resolver.ResolveRoleAsync(Role.Sponsor, lab, null, CancellationToken.None);
        var sponsorsOfTheLabReadAgain = await resolver.ResolveRoleAsync(Role.Sponsor, lab with { }, null, CancellationToken.None);

        Assert.Equal([Coordinator.Id], facilitators.Select(p => p.Id));
        Assert.Equal([Sponsor.Id], sponsors.Select(p => p.Id));
        Assert.Equal([Sponsor.Id], sponsorsOfTheLabReadAgain.Select(p => p.Id));
        Assert.Equal(2, directory.PeopleReads);
    }

    private static Lab SchoolLab() => new(
        Guid.Parse("21000000-0000-0000-0000-0000000000aa"), "flow", "Labb", "grundskoleforvaltningen", "Hur kan vi …?", [], [], new DateOnly(2027, 2, 1), false, DateTimeOffset.UnixEpoch, "test");

    private static InMemoryDirectory Directory()
    {
        var directory = new InMemoryDirectory();
        foreach (var person in new[] { Coordinator, Outsider, Sponsor })
        {
            directory.AddPerson(person);
        }

        directory.AddMembership(new Membership(Coordinator.Id, "grundskoleforvaltningen", Role.Coordinator));
        directory.AddMembership(new Membership(Outsider.Id, "forskoleforvaltningen", Role.Coordinator));
        return directory;
    }

    private sealed class NoRoles : IOrganisationRoles
    {
        public Task<IReadOnlyList<Role>> ListAsync(Guid personId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Role>>([]);
    }

    /// <summary>Counts the reads the caches are to save.</summary>
    private sealed class CountingDirectory(IDirectory inner) : IDirectory
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
}
