using Bunit;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Components.Pages.Labs;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Labs;

public sealed class LaunchLabTests : LabPageTestContext
{
    [Fact]
    public async Task Launch_StartsTheLabAndGoesToItsOverview_WhenTheFacilitatorFillsInEveryField()
    {
        SignIn(Facilitator, Role.Facilitator);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/labs/new");
        var page = Render<LaunchLab>();

        page.Find("#flow").Change("social-innovation-lab");
        page.Find("#title").Change("Jämlik rekrytering");
        page.Find("#challenge").Change("Hur kan vi rekrytera mer jämlikt?");
        page.Find("#target-area-work").Change(true);
        Pick(page, "people-coordinator", Coordinator);
        Pick(page, "people-participant", Participant);
        page.Find("#start-date").Change("2026-09-07");
        Assert.Equal("Vald dag: måndag 7 september 2026", page.Find("#start-date-chosen").TextContent);
        page.Find("#launch-form").Submit();

        var lab = Assert.Single(await Services.GetRequiredService<LabService>().ListAsync(Facilitator.Id, School, Token));
        Assert.Equal($"http://localhost/labs/{lab.Id}", Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Equal("social-innovation-lab", lab.DefinitionId);
        Assert.Equal("Hur kan vi rekrytera mer jämlikt?", lab.Challenge);
        Assert.Equal(["work"], lab.TargetAreas);
        Assert.Equal(StartDate, lab.StartDate);
        Assert.Equal(
            [new LabMember(Facilitator.Id, Role.Facilitator), new LabMember(Coordinator.Id, Role.Coordinator), new LabMember(Participant.Id, Role.Participant)],
            lab.People);

        var overview = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        overview.WaitForAssertion(() => Assert.Equal("Jämlik rekrytering", overview.Find("h1").TextContent));
        Assert.Equal("måndag 7 september 2026", overview.Find("#lab-start-date").TextContent);
        Assert.Equal("Pågår", overview.Find("#lab-status").TextContent);
    }

    [Fact]
    public async Task Launch_ShowsEveryFieldsErrorAndKeepsTheTypedValues_WhenTitleAndChallengeAreMissing()
    {
        SignIn(Facilitator, Role.Facilitator);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/labs/new");
        var page = Render<LaunchLab>();

        page.Find("#flow").Change("social-innovation-lab");
        page.Find("#title").Change("   ");
        page.Find("#target-area-goodStart").Change(true);
        Pick(page, "people-coordinator", Coordinator);
        page.Find("#start-date").Change("2026-09-07");
        page.Find("#launch-form").Submit();

        var links = page.FindAll(".error-summary a");
        Assert.Equal(["Ge labbet en titel.", "Skriv labbets utmaning, en fråga som ”Hur kan vi …?”."], links.Select(a => a.TextContent));
        Assert.Equal(["/labs/new#title", "/labs/new#challenge"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("Rätta följande och försök igen", page.Find("#error-summary-title").TextContent);
        Assert.Equal("Fel: Ge labbet en titel.", Normalise(page.Find("#title-error").TextContent));
        Assert.Equal("Fel: Skriv labbets utmaning, en fråga som ”Hur kan vi …?”.", Normalise(page.Find("#challenge-error").TextContent));
        Assert.Equal("true", page.Find("#title").GetAttribute("aria-invalid"));
        Assert.Equal("true", page.Find("#challenge").GetAttribute("aria-invalid"));
        Assert.Equal("title-error", page.Find("#title").GetAttribute("aria-describedby"));
        Assert.Equal("challenge-hint challenge-error", page.Find("#challenge").GetAttribute("aria-describedby"));
        Assert.Null(page.Find("#start-date").GetAttribute("aria-invalid"));

        Assert.Equal("social-innovation-lab", page.Find("#flow").GetAttribute("value"));
        Assert.Equal("2026-09-07", page.Find("#start-date").GetAttribute("value"));
        Assert.True(page.Find("#target-area-goodStart").HasAttribute("checked"));
        Assert.Equal([Coordinator.Name], page.FindAll("#people-coordinator-chosen li span").Select(s => s.TextContent));
        Assert.Equal([Facilitator.Name], page.FindAll("#people-facilitator-chosen li span").Select(s => s.TextContent));
        Assert.Empty(await Services.GetRequiredService<LabService>().ListAsync(Facilitator.Id, null, Token));
        Assert.Equal("http://localhost/labs/new", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void Render_OffersOnlyTheAdministrationsTheCallerMayLaunchIn_WhenAFacilitatorOpensThePage()
    {
        SignIn(Facilitator, Role.Facilitator);
        var page = Render<LaunchLab>();

        page.Find("#flow").Change("social-innovation-lab");

        Assert.Equal(["Grundskoleförvaltningen"], page.FindAll("#administration option").Select(o => o.TextContent));
        Assert.Contains("Socialt innovationslabb (version 1)", page.FindAll("#flow option").Select(o => o.TextContent));
        Assert.Equal(
            ["Processledare", "Samordnare", "Kommunikatörer", "HR-experter", "Uppdragsgivare", "Deltagare"],
            page.FindAll(".people-role label").Select(l => l.TextContent));
    }

    [Fact]
    public void Render_ShowsNoRolesAndNoEarliestStart_WhenNoFlowIsChosen()
    {
        SignIn(Facilitator, Role.Facilitator);
        var page = Render<LaunchLab>();

        page.Find("#flow").Change(string.Empty);

        Assert.Empty(page.FindAll(".people-role"));
        Assert.Equal("Välj flöde först, så visas rollerna i det.", page.Find("#choose-flow-first").TextContent);
        Assert.Empty(page.FindAll("#start-date-earliest"));
    }

    [Fact]
    public void StartDate_WarnsWithTheEarliestStart_WhenTheChosenDateIsEarlier()
    {
        SignIn(Facilitator, Role.Facilitator);
        var page = Render<LaunchLab>();
        page.Find("#flow").Change("learning-seminar");
        var earliest = page.Find("#start-date-earliest").TextContent;

        page.Find("#start-date").Change("2026-06-18");

        Assert.StartsWith("Tidigaste startdatum utan uppgifter daterade bakåt i tiden:", earliest, StringComparison.Ordinal);
        Assert.StartsWith("Startdatumet är tidigare än", page.Find("#start-date-warning").TextContent, StringComparison.Ordinal);
    }

    private static void Pick(IRenderedComponent<LaunchLab> page, string pickerId, Person person)
    {
        page.Find($"#{pickerId}").Input(person.Email);
        page.Find($"#{pickerId}").KeyDown("Enter");
    }

    [Fact]
    public void Render_OffersNoAdministration_WhenACoordinatorOfAnotherAdministrationOpensThePage()
    {
        SignIn(OtherCoordinator, Role.Coordinator);

        Services.GetRequiredService<NavigationManager>().NavigateTo($"/labs/new?administration={School}");

        var page = Render<LaunchLab>();

        Assert.Equal(
            "Du kan inte starta labb. Processledare i en förvaltning och administratörer kan starta labb där.",
            page.Find("#cannot-launch").TextContent);
        Assert.Empty(page.FindAll("#administration"));
        Assert.Empty(page.FindAll("#launch-form"));
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
