using Bunit;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Labs;

/// <summary>
/// The lab page sends the version it read with a change that sets a value, and says what happened when someone
/// else got there first; the page then shows the lab as the winner left it.
/// </summary>
public sealed class LabOverviewConflictTests : LabPageTestContext
{
    [Fact]
    public async Task MoveStartDate_SaysSomeoneElseChangedTheLab_WhenItChangedAfterThePageReadIt()
    {
        var lab = await LaunchAsync();
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        page.Find("#move-start-date").Click();
        page.Find("#new-start-date").Change("2026-09-14");
        await Services.GetRequiredService<LabService>().PauseAsync(lab.Id, Facilitator.Id, Token);

        page.Find("#panel").Submit();

        Assert.Equal(
            "Labbet 'Jämlik rekrytering' ändrades efter att du läste det (du skickade version 1; nu är det version 2). Inget ändrades: ladda om och försök igen om ändringen fortfarande behövs.",
            page.Find("#lab-notice").TextContent);
        Assert.Equal("måndag 7 september 2026", page.Find("#lab-start-date").TextContent);
        Assert.Equal("Pausat", page.Find("#lab-status").TextContent);
    }

    [Fact]
    public async Task Pause_SaysTheLabIsAlreadyPaused_WhenSomeoneElsePausedItFirst()
    {
        var lab = await LaunchAsync();
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        page.Find("#pause-lab").Click();
        await Services.GetRequiredService<LabService>().PauseAsync(lab.Id, Facilitator.Id, Token);

        page.Find("#confirm").Click();

        Assert.Equal("Labbet 'Jämlik rekrytering' är redan pausat; någon pausade det före dig. Inget ändrades.", page.Find("#lab-notice").TextContent);
        Assert.Equal("Pausat", page.Find("#lab-status").TextContent);
    }
}
