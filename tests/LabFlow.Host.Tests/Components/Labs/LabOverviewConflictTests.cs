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
            "Någon annan ändrade labbet medan du hade det öppet, så ingenting ändrades. Sidan visar nu hur det ser ut; gör om ändringen om den fortfarande behövs.",
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

        Assert.Equal("Labbet är redan pausat – någon annan pausade det nyss.", page.Find("#lab-notice").TextContent);
        Assert.Equal("Pausat", page.Find("#lab-status").TextContent);
    }
}
