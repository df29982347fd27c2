using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Labs;

public sealed class LabAccessTests
{
    private static readonly Person Admin = new(Guid.Parse("20000000-0000-0000-0000-000000000001"), "Ada Admin", "ada@example.se");
    private static readonly Person Coordinator = new(Guid.Parse("20000000-0000-0000-0000-000000000002"), "Cai Coordinator", "cai@example.se");
    private static readonly Person Outsider = new(Guid.Parse("20000000-0000-0000-0000-000000000003"), "Olle Utanför", "olle@example.se");

    private static readonly Lab SchoolLab = new(
        Guid.NewGuid(), "flow", "Labb", "grundskoleforvaltningen", "Hur kan vi …?", [], [], new DateOnly(2027, 2, 1), false, DateTimeOffset.UnixEpoch, "test");

    [Fact]
    public async Task CanManageAndLaunch_AreTrue_WhenThePersonIsAnOrganisationWideAdminWithoutMemberships()
    {
        var access = new LabAccess(Directory(), new FixedOrganisationRoles(Admin.Id, Role.Admin));

        Assert.True(await access.IsAdminAsync(Admin.Id, CancellationToken.None));
        Assert.True(await access.CanManageAsync(Admin.Id, SchoolLab, CancellationToken.None));
        Assert.True(await access.CanSeeAsync(Admin.Id, SchoolLab, CancellationToken.None));
        Assert.True(await access.CanLaunchAsync(Admin.Id, "stadsbyggnadskontoret", CancellationToken.None));
    }

    [Fact]
    public async Task CanSeeButNotManage_WhenThePersonIsACoordinatorOfTheLabsAdministration()
    {
        var access = new LabAccess(Directory(), new FixedOrganisationRoles(Admin.Id, Role.Admin));

        Assert.True(await access.CanSeeAsync(Coordinator.Id, SchoolLab, CancellationToken.None));
        Assert.False(await access.CanManageAsync(Coordinator.Id, SchoolLab, CancellationToken.None));
        Assert.False(await access.CanLaunchAsync(Coordinator.Id, "grundskoleforvaltningen", CancellationToken.None));
    }

    [Fact]
    public async Task CanSee_IsFalse_WhenThePersonBelongsToAnotherAdministrationAndHasNoOrganisationRole()
    {
        var access = new LabAccess(Directory(), new FixedOrganisationRoles(Outsider.Id, Role.Designer));

        Assert.False(await access.CanSeeAsync(Outsider.Id, SchoolLab, CancellationToken.None));
        Assert.False(await access.IsAdminAsync(Outsider.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AccessChecks_ReadEachPersonsMembershipsOnce_WhenTheRequestEnabledItsReads()
    {
        var directory = new CountingDirectory(Directory());
        var reads = new AccessReads();
        reads.Enable();
        var access = new LabAccess(directory, new FixedOrganisationRoles(Admin.Id, Role.Admin), reads);

        var coordinatorSees = await access.CanSeeAsync(Coordinator.Id, SchoolLab, CancellationToken.None);
        var coordinatorIsAdmin = await access.IsAdminAsync(Coordinator.Id, CancellationToken.None);
        var coordinatorMayLaunch = await access.CanLaunchAsync(Coordinator.Id, "grundskoleforvaltningen", CancellationToken.None);
        var outsiderSees = await access.CanSeeAsync(Outsider.Id, SchoolLab, CancellationToken.None);

        Assert.Equal((true, false, false, false), (coordinatorSees, coordinatorIsAdmin, coordinatorMayLaunch, outsiderSees));
        Assert.Equal(1, directory.MembershipReads[Coordinator.Id]);
        Assert.Equal(1, directory.MembershipReads[Outsider.Id]);
    }

    [Fact]
    public async Task CanSeeAsync_SeesAChangedMembership_WhenTheScopeIsNotARequestOrIsANewRequest()
    {
        var inner = Directory();
        var directory = new CountingDirectory(inner);
        var pageScope = new LabAccess(directory, new FixedOrganisationRoles(Admin.Id, Role.Admin), new AccessReads());
        var firstRequestReads = new AccessReads();
        firstRequestReads.Enable();
        var firstRequest = new LabAccess(directory, new FixedOrganisationRoles(Admin.Id, Role.Admin), firstRequestReads);
        Assert.False(await pageScope.CanSeeAsync(Outsider.Id, SchoolLab, CancellationToken.None));
        Assert.False(await firstRequest.CanSeeAsync(Outsider.Id, SchoolLab, CancellationToken.None));

        inner.AddMembership(new Membership(Outsider.Id, "grundskoleforvaltningen", Role.Coordinator));
        var nextRequestReads = new AccessReads();
        nextRequestReads.Enable();
        var nextRequest = new LabAccess(directory, new FixedOrganisationRoles(Admin.Id, Role.Admin), nextRequestReads);

        Assert.True(await pageScope.CanSeeAsync(Outsider.Id, SchoolLab, CancellationToken.None));
        Assert.True(await nextRequest.CanSeeAsync(Outsider.Id, SchoolLab, CancellationToken.None));
        Assert.False(await firstRequest.CanSeeAsync(Outsider.Id, SchoolLab, CancellationToken.None)); // decided on what it read
        Assert.Equal(4, directory.MembershipReads[Outsider.Id]); // the page twice, each request once
    }

    [Fact]
    public async Task GrantsAsync_AnswersAsTheChecksDo_FromOneReadOfThePersonsMemberships()
    {
        var directory = new CountingDirectory(Directory());
        var access = new LabAccess(directory, new FixedOrganisationRoles(Admin.Id, Role.Admin));

        var admin = await access.GrantsAsync(Admin.Id, CancellationToken.None);
        var coordinator = await access.GrantsAsync(Coordinator.Id, CancellationToken.None);

        Assert.Null(LabAccess.AdministrationsGranting(admin, Permission.SeeProject));
        Assert.Equal(await access.AdministrationsGrantingAsync(Coordinator.Id, Permission.SeeProject, CancellationToken.None), LabAccess.AdministrationsGranting(coordinator, Permission.SeeProject));
        Assert.Equal(["grundskoleforvaltningen"], LabAccess.AdministrationsGranting(coordinator, Permission.SeeProject)!);
        Assert.Equal(await access.ReaderRolesAsync(Admin.Id, CancellationToken.None), LabAccess.ReaderRoles(admin));
        Assert.Equal(await access.OrganisationWideRolesAsync(Admin.Id, CancellationToken.None), LabAccess.OrganisationWideRoles(admin));
        Assert.Contains(Role.Admin, LabAccess.OrganisationWideRoles(admin));
        Assert.Empty(LabAccess.OrganisationWideRoles(coordinator));
        Assert.Equal(2, directory.MembershipReads[Coordinator.Id]); // one for the grants, one for the check compared with
    }

    private static InMemoryDirectory Directory()
    {
        var directory = new InMemoryDirectory();
        foreach (var person in new[] { Admin, Coordinator, Outsider })
        {
            directory.AddPerson(person);
        }

        directory.AddMembership(new Membership(Coordinator.Id, "grundskoleforvaltningen", Role.Coordinator));
        directory.AddMembership(new Membership(Outsider.Id, "forskoleforvaltningen", Role.Coordinator));
        return directory;
    }

    private sealed class FixedOrganisationRoles(Guid personId, Role role) : IOrganisationRoles
    {
        public Task<IReadOnlyList<Role>> ListAsync(Guid id, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Role>>(id == personId ? [role] : []);
    }
}
