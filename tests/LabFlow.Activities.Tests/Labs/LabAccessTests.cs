using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;

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
