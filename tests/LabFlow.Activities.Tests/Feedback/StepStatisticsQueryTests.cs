using LabFlow.Activities.Feedback;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Feedback;

public sealed class StepStatisticsQueryTests
{
    private static readonly Guid Fia = LabTestHost.Facilitator.Id;

    [Fact]
    public async Task GetAsync_LeavesOutCancelledLabs_AndFiltersByVersion()
    {
        // Arrange: three labs of one flow; the second runs version 2; the third is cancelled after its feedback.
        await using var host = new LabTestHost();
        FeedbackTestFlows.AddDesigner(host);
        var first = await host.LaunchAsync(FeedbackTestFlows.OneStep);
        var second = await host.LaunchAsync(FeedbackTestFlows.OneStep);
        var cancelled = await LaunchAgainAsync(host);
        var feedback = host.Get<FeedbackService>();
        await host.AdvanceAsync(TimeSpan.FromDays(2));
        var firstTask = await host.OpenTaskAsync(first.Id, "interview");
        await host.Tasks.CompleteAsync(firstTask.Id, Fia, null, null, host.Token);
        await feedback.GiveAsync(firstTask.Id, Fia, new StepFeedbackInput(4, "Bra", null), host.Token);
        await feedback.GiveAsync((await host.OpenTaskAsync(cancelled.Id, "interview")).Id, Fia, new StepFeedbackInput(1, null, "Inställt"), host.Token);
        await host.Labs.CancelAsync(cancelled.Id, "Fel administration", Fia, host.Token);
        var query = host.Get<StepStatisticsQuery>();

        // Act
        var all = await query.GetAsync("lab-test", FeedbackTestFlows.Designer.Id, null, host.Token);
        var versionTwo = await query.GetAsync("lab-test", FeedbackTestFlows.Designer.Id, 2, host.Token);

        // Assert
        Assert.Equal(2, all.Labs);
        Assert.Equal([1, 2], all.Versions);
        var step = Assert.Single(all.Steps);
        Assert.Equal(2, step.Runs);
        Assert.Equal(1, step.Completed);
        Assert.Equal(2.0, step.MedianDays);
        Assert.Equal(4.0, step.AverageRating);
        Assert.Equal("Bra", Assert.Single(step.LatestComments).Worked);
        Assert.Equal(1, versionTwo.Labs);
        Assert.Equal(0, Assert.Single(versionTwo.Steps).Completed);
        Assert.Equal(second.Id, (await host.InstanceAsync(second.Id)).Id);
    }

    [Fact]
    public async Task GetAsync_RefusesWithStatisticsForbidden_WhenTheViewerIsAFacilitator()
    {
        // Arrange
        await using var host = new LabTestHost();
        await host.LaunchAsync(FeedbackTestFlows.OneStep);

        // Act
        var refused = await Assert.ThrowsAsync<LabDomainException>(
            () => host.Get<StepStatisticsQuery>().GetAsync("lab-test", Fia, null, host.Token));

        // Assert
        Assert.Equal(LabErrors.Forbidden, refused.Code);
        Assert.Equal(FeedbackMessages.StatisticsForbidden.Code, refused.Text.Code);
    }

    /// <summary>A lab on the flow's newest version, without publishing it again.</summary>
    private static Task<Lab> LaunchAgainAsync(LabTestHost host) =>
        host.Labs.LaunchAsync(
            new LaunchLabRequest(
                "lab-test", "Jämlik rekrytering", PilotAdministrations.Grundskoleforvaltningen.Id, "Hur kan vi …?", LabTestHost.LabStart, [new LabMember(Fia, Role.Facilitator)]),
            Fia,
            host.Token);
}
