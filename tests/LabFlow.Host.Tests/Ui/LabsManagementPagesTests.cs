using System.Net;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Tests.ApiResources;

namespace LabFlow.Host.Tests.Ui;

/// <summary>The facilitator's lab pages prerendered over the real Host: who is offered launching and managing, and the list's filters.</summary>
public sealed class LabsManagementPagesTests(UiFixture fixture) : IClassFixture<UiFixture>
{
    private ApiResourcesFactory Factory => fixture.Factory;

    [Fact]
    public async Task LaunchPage_OffersTheShippedFlowAndTheOwnAdministration_WhenAFacilitatorOpensIt()
    {
        using var client = await Factory.SignInAsync(fixture.Facilitator.Email);

        using var response = await client.GetAsync("/labs/new");
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Starta labb – LabFlow</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Starta labb</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"social-innovation-lab\">Socialt innovationslabb (version 1)</option>", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{ApiResourcesFactory.Own}\" selected>Grundskoleförvaltningen</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{ApiResourcesFactory.Other}\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"target-area-goodStart\">God start och goda uppväxtvillkor</label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LaunchPage_KeepsItsControlsDisabled_WhilePrerenderedBeforeTheCircuitIsUp()
    {
        using var client = await Factory.SignInAsync(fixture.Facilitator.Email);

        var html = await UiPages.ReadHtmlAsync(await client.GetAsync("/labs/new"));

        // A choice made in the prerendered form would be lost when the page comes alive; the user cannot make one.
        var disabledStart = html.IndexOf("<fieldset class=\"page-controls\" disabled>", StringComparison.Ordinal);
        Assert.True(disabledStart >= 0, "The prerendered page's controls are not wrapped in a disabled fieldset.");
        Assert.True(html.IndexOf("id=\"launch-form\"", StringComparison.Ordinal) > disabledStart, "The launch form is outside the disabled fieldset.");
    }

    [Fact]
    public async Task LanguagePage_KeepsItsFormUsable_BecauseItIsAPlainServerRenderedPage()
    {
        using var client = await Factory.SignInAsync(fixture.Facilitator.Email);

        var html = await UiPages.ReadHtmlAsync(await client.GetAsync("/settings/language"));

        Assert.Contains("<fieldset class=\"page-controls\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<fieldset class=\"page-controls\" disabled", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LaunchPage_OffersNoAdministration_WhenACoordinatorOfAnotherAdministrationAsksForTheOwn()
    {
        var (_, client) = await Factory.CreateSignedInAsync("Annan Samordnare", ApiResourcesFactory.Other, Role.Coordinator);

        using var response = await client.GetAsync($"/labs/new?administration={ApiResourcesFactory.Own}");
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Contains("<p id=\"cannot-launch\">Du kan inte starta labb. Processledare i en förvaltning och administratörer kan starta labb där.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Grundskoleförvaltningen</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"launch-form\"", html, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task LabList_ShowsTheLaunchButtonOnlyToThoseWhoMayLaunch()
    {
        using var facilitator = await Factory.SignInAsync(fixture.Facilitator.Email);
        using var coordinator = await Factory.SignInAsync(fixture.Coordinator.Email);

        var facilitatorHtml = await UiPages.ReadHtmlAsync(await facilitator.GetAsync("/labs"));
        var coordinatorHtml = await UiPages.ReadHtmlAsync(await coordinator.GetAsync("/labs"));

        Assert.Contains("<a id=\"launch-lab\" class=\"button primary\" href=\"/labs/new\">Starta labb</a>", facilitatorHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/labs/new\"", coordinatorHtml, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/labs/{fixture.LabId}\">{UiFixture.LabTitle}</a>", coordinatorHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabList_FiltersByTheQuery_WhenAStatusAndOverdueAreInTheAddress()
    {
        using var client = await Factory.SignInAsync(fixture.Facilitator.Email);

        var cancelled = await UiPages.ReadHtmlAsync(await client.GetAsync("/labs?status=Cancelled"));
        var overdue = await UiPages.ReadHtmlAsync(await client.GetAsync($"/labs?administration={ApiResourcesFactory.Own}&phase=explore&status=Running&overdue=true"));
        var notOverdue = await UiPages.ReadHtmlAsync(await client.GetAsync("/labs?overdue=false"));

        Assert.Contains("<p class=\"empty-state\" id=\"no-matches\">Inga labb matchar filtret.</p>", cancelled, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Cancelled\" selected>Avbrutet</option>", cancelled, StringComparison.Ordinal);
        Assert.DoesNotContain(UiFixture.LabTitle + "</a>", cancelled, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/labs/{fixture.LabId}\">{UiFixture.LabTitle}</a>", overdue, StringComparison.Ordinal);
        Assert.Contains("<option value=\"explore\" selected>Utforska</option>", overdue, StringComparison.Ordinal);
        Assert.Contains("<option value=\"true\" selected>Med försenade uppgifter</option>", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain(UiFixture.LabTitle + "</a>", notOverdue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabOverview_ShowsManagementOnlyToTheFacilitator_WhenTheLabsCoordinatorAlsoLooks()
    {
        using var facilitator = await Factory.SignInAsync(fixture.Facilitator.Email);
        using var coordinator = await Factory.SignInAsync(fixture.Coordinator.Email);

        var facilitatorHtml = await UiPages.ReadHtmlAsync(await facilitator.GetAsync($"/labs/{fixture.LabId}"));
        var coordinatorHtml = await UiPages.ReadHtmlAsync(await coordinator.GetAsync($"/labs/{fixture.LabId}"));

        Assert.Contains("<h2 id=\"manage-heading\">Hantera labbet</h2>", facilitatorHtml, StringComparison.Ordinal);
        Assert.Contains(">Pausa labbet</button>", facilitatorHtml, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Hoppa över Rapportera intervjuer\"", facilitatorHtml, StringComparison.Ordinal);
        Assert.Contains($"<h1>{UiFixture.LabTitle}</h1>", coordinatorHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Hantera labbet", coordinatorHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Pausa labbet", coordinatorHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoppa över", coordinatorHtml, StringComparison.Ordinal);
    }
}
