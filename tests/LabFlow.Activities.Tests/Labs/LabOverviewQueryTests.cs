using LabFlow.Activities.Labs;
using LabFlow.Activities.Tests.Tasks;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Labs;

public sealed class LabOverviewQueryTests
{
    private static readonly string ReportFlow = TaskJournalTests.ReportFlow;

    [Fact]
    public async Task LoadAsync_ShowsTheSkipOnceAndLetsTheFacilitatorManage_WhenATaskWasSkipped()
    {
        // Arrange
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);
        var task = await host.OpenTaskAsync(lab.Id, "report");
        await host.Tasks.SkipAsync(task.Id, LabTestHost.Facilitator.Id, "Redan gjord", null, host.Token);

        // Act
        var model = await host.Get<LabOverviewQuery>().LoadAsync(lab.Id, LabTestHost.Facilitator.Id, holdsManagingRole: true, host.Token);
        var timeline = await host.Get<LabTimelineQuery>().PageAsync(model, null, 50, host.Token);

        // Assert
        Assert.True(model.CanManage);
        var skip = Assert.Single(timeline.Items, i => i.SkippedTask is not null);
        Assert.Equal((task.Id, "Redan gjord"), (skip.SkippedTask!.Id, skip.Skip!.Note));
        Assert.DoesNotContain(timeline.Items, i => i.Entry?.ActivityId == "report");
        Assert.Null(timeline.Next);
        Assert.Equal("Fia Facilitator", timeline.People[LabTestHost.Facilitator.Id]);
        Assert.Equal("Fia Facilitator", model.People[LabTestHost.Facilitator.Id]);
    }

    [Fact]
    public async Task LoadAsync_DoesNotLetACoordinatorManage_WhenTheyOnlySeeTheLab()
    {
        // Arrange
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);

        // Act
        var model = await host.Get<LabOverviewQuery>().LoadAsync(lab.Id, LabTestHost.Coordinator1.Id, holdsManagingRole: false, host.Token);

        // Assert
        Assert.False(model.CanManage);
    }

    [Fact]
    public async Task LoadAsync_IsForbidden_WhenTheViewerBelongsToAnotherAdministration()
    {
        // Arrange
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(ReportFlow);

        // Act
        var refused = await Assert.ThrowsAsync<LabDomainException>(
            () => host.Get<LabOverviewQuery>().LoadAsync(lab.Id, LabTestHost.OtherCoordinator.Id, holdsManagingRole: true, host.Token));

        // Assert
        Assert.Equal(LabErrors.Forbidden, refused.Code);
    }
}
