using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Tests.Register;

public sealed class RoleModelProjectTests
{
    [Theory]
    [InlineData(Role.ProjectLead)]
    [InlineData(Role.TrainingCoordinator)]
    [InlineData(Role.ProjectCommunicator)]
    [InlineData(Role.EconomistAdministrator)]
    [InlineData(Role.ProjectHR)]
    public void GrantsEverywhere_SeesEveryAdministrationsLabsAndFigures_WhenTheRoleIsTheProjectTeams(Role role)
    {
        Assert.Equal(RoleScope.Project, RoleModel.Of(role).Scope);
        Assert.True(RoleModel.GrantsEverywhere(role, Permission.SeeLabs));
        Assert.True(RoleModel.GrantsEverywhere(role, Permission.SeeProject));
        Assert.False(RoleModel.GrantsEverywhere(role, Permission.ManageLabs));
        Assert.False(RoleModel.GrantsEverywhere(role, Permission.Administer));
    }

    [Fact]
    public void Grants_LetsOnlyTheProjectLeadAndTrainingCoordinatorLaunchProjectActivities_WhenTheProjectTeamIsAsked()
    {
        Assert.Equal([Role.ProjectLead, Role.TrainingCoordinator], ProjectScope.Roles.Where(r => RoleModel.Grants(r, Permission.LaunchLabs)));
    }

    [Fact]
    public void GrantsEverywhere_KeepsAdministrationRolesInTheirAdministration_WhenACoordinatorMaySeeTheProjectsFigures()
    {
        Assert.True(RoleModel.Grants(Role.Coordinator, Permission.SeeProject));
        Assert.False(RoleModel.GrantsEverywhere(Role.Coordinator, Permission.SeeProject));
        Assert.False(RoleModel.Grants(Role.Participant, Permission.SeeProject));
    }
}
