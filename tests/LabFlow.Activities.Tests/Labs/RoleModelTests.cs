using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Tests.Labs;

public sealed class RoleModelTests
{
    [Fact]
    public void All_DefinesEveryRoleOnce()
    {
        Assert.Equal(Enum.GetValues<Role>(), RoleModel.All.Select(d => d.Role));
    }

    [Theory]
    [InlineData(Permission.ManageLabs, new[] { Role.Admin, Role.Facilitator, Role.ProjectLead, Role.TrainingCoordinator })]
    [InlineData(Permission.LaunchLabs, new[] { Role.Admin, Role.Facilitator, Role.ProjectLead, Role.TrainingCoordinator })]
    [InlineData(Permission.DesignFlows, new[] { Role.Admin, Role.Designer })]
    [InlineData(Permission.ReadFlows, new[] { Role.Admin, Role.Designer, Role.Facilitator, Role.ProjectLead, Role.TrainingCoordinator })]
    [InlineData(Permission.Administer, new[] { Role.Admin })]
    [InlineData(Permission.ReadOpenAnswers, new[] { Role.Admin, Role.Facilitator, Role.ProjectLead })]
    [InlineData(Permission.RegisterParticipants, new[] { Role.Admin, Role.Facilitator, Role.ProjectLead, Role.TrainingCoordinator })]
    public void Granting_ListsTheRolesThatMayDoIt(Permission permission, Role[] expected)
    {
        Assert.Equal(expected, RoleModel.Granting(permission));
    }

    [Fact]
    public void Grants_IsFalse_WhenTheRoleIsNotDefined()
    {
        Assert.False(RoleModel.Grants((Role)99, Permission.SeeLabs));
    }

    [Fact]
    public void Scope_IsOrganisationWide_OnlyForAdminAndDesigner()
    {
        Assert.Equal([Role.Admin, Role.Designer], RoleModel.All.Where(d => d.Scope == RoleScope.Organisation).Select(d => d.Role));
    }
}
