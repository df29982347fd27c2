using Bunit;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Register;
using LabFlow.Host.Components.Pages.Labs;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Labs;

/// <summary>The launch form's workshop section: each workshop step of the chosen flow gets its day, time, place and meeting link.</summary>
public sealed class LaunchLabWorkshopTests : LabPageTestContext
{
    [Fact]
    public async Task Launch_SavesTheWorkshopsTimePlaceAndLink_WhenTheFacilitatorGivesThemOnTheLaunchForm()
    {
        // Arrange
        SignIn(Facilitator, Role.Facilitator);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/labs/new");
        var page = Render<LaunchLab>();
        FillIn(page);

        // Act
        page.Find("#workshop-ideationWorkshop-date").Change("2026-10-20");
        page.Find("#workshop-ideationWorkshop-time").Change("09:30");
        page.Find("#workshop-ideationWorkshop-location").Change("  Stadshuset, sal 3 ");
        page.Find("#workshop-ideationWorkshop-link").Change("https://meet.example/idea");
        page.Find("#launch-form").Submit();

        // Assert
        var lab = Assert.Single(await Services.GetRequiredService<LabService>().ListAsync(Facilitator.Id, School, Token));
        var schedule = Assert.Single(await Services.GetRequiredService<IParticipantRegisterStore>().ListSchedulesAsync(lab.Id, Token));
        Assert.Equal(
            ("ideationWorkshop", new DateOnly(2026, 10, 20), new TimeOnly(9, 30), "Stadshuset, sal 3", "https://meet.example/idea", Facilitator.Id),
            (schedule.ActivityId, schedule.Date, schedule.StartTime, schedule.Location, schedule.MeetingLink, schedule.ChangedBy));
        Assert.Equal($"http://localhost/labs/{lab.Id}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Launch_ShowsTheErrorNextToTheMeetingLinkAndLaunchesNothing_WhenTheLinkIsNoWebAddress()
    {
        // Arrange
        SignIn(Facilitator, Role.Facilitator);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/labs/new");
        var page = Render<LaunchLab>();
        FillIn(page);

        // Act
        page.Find("#workshop-kickoff-link").Change("teams-mötet");
        page.Find("#launch-form").Submit();

        // Assert
        Assert.Equal(
            "Fel: 'teams-mötet' är ingen webbadress. Skriv en hel adress som börjar med https://.",
            Normalise(page.Find("#workshop-kickoff-link-error").TextContent));
        Assert.Equal("workshop-kickoff-link-hint workshop-kickoff-link-error", page.Find("#workshop-kickoff-link").GetAttribute("aria-describedby"));
        Assert.Equal("teams-mötet", page.Find("#workshop-kickoff-link").GetAttribute("value"));
        Assert.Empty(await Services.GetRequiredService<LabService>().ListAsync(Facilitator.Id, null, Token));
    }

    [Fact]
    public void Render_OffersEveryWorkshopStepOfTheFlow_WhenAFlowIsChosen()
    {
        // Arrange
        SignIn(Facilitator, Role.Facilitator);
        var page = Render<LaunchLab>();

        // Act
        page.Find("#flow").Change("social-innovation-lab");

        // Assert
        Assert.Equal(
            ["workshop-kickoff", "workshop-synthesis", "workshop-ideationWorkshop", "workshop-evaluationWorkshop"],
            page.FindAll(".workshop-plan").Select(f => f.Id));
        Assert.Equal("Workshoppar: tid och plats", page.Find("#workshops legend").TextContent);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void FillIn(IRenderedComponent<LaunchLab> page)
    {
        page.Find("#flow").Change("social-innovation-lab");
        page.Find("#title").Change("Jämlik rekrytering");
        page.Find("#challenge").Change("Hur kan vi rekrytera mer jämlikt?");
        page.Find("#people-coordinator").Input(Coordinator.Email);
        page.Find("#people-coordinator").KeyDown("Enter");
        page.Find("#start-date").Change("2026-09-07");
    }
}
