using System.Net;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Tests.ApiResources;

namespace LabFlow.Host.Tests.Ui;

/// <summary>The app's pages, prerendered on the server for a signed-in person, and what they show to whom.</summary>
public sealed class AppPagesTests(UiFixture fixture) : IClassFixture<UiFixture>
{
    private ApiResourcesFactory Factory => fixture.Factory;

    [Fact]
    public async Task Tasks_RedirectsToTheSignInPage_WhenNobodyIsSignedIn()
    {
        using var client = Factory.CreateAnonymousClient();

        using var response = await client.GetAsync("/tasks");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Ftasks", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Tasks_ShowsMyTaskWithLabPhaseDueDateAndOverdue_WhenSignedIn()
    {
        using var client = await Factory.SignInAsync(fixture.Coordinator.Email);

        using var response = await client.GetAsync("/tasks");
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Mina uppgifter – LabFlow</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"assigned-heading\">Tilldelade mig</h2>", html, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/tasks/[0-9a-f-]{36}\">Rapportera intervjuer</a>", html);
        Assert.Contains($"<td>{UiFixture.LabTitle}<span class=\"lf-kind\"> (labb)</span></td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Utforska</td>", html, StringComparison.Ordinal);
        Assert.Contains("24 januari 2020", html, StringComparison.Ordinal);
        Assert.Contains("Försenad</span>", html, StringComparison.Ordinal);
        Assert.Contains("Inloggad som Cora Koordinator", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tasks_ShowsEnglishTextsAndDates_WhenTheCultureCookieIsEnglish()
    {
        using var client = await Factory.SignInAsync(fixture.Coordinator.Email);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tasks");
        request.Headers.Add("Cookie", UiPages.EnglishCultureCookie);

        using var response = await client.SendAsync(request);
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>My tasks</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Report interviews</a>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Explore</td>", html, StringComparison.Ordinal);
        Assert.Contains("24 January 2020", html, StringComparison.Ordinal);
        Assert.Contains("Overdue</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tasks_ShowsTheEmptyState_WhenThePersonHasNoTasks()
    {
        var (_, client) = await Factory.CreateSignedInAsync("Utan Uppgifter", ApiResourcesFactory.Other, Role.Participant);

        using var response = await client.GetAsync("/");
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Contains("<h1>Mina uppgifter</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"empty-state\">Du har inga öppna uppgifter just nu. När du får en uppgift syns den här, och du får ett mejl om den.</p>", html, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task Navigation_ShowsLabsAndFlowsByRole()
    {
        using var facilitator = await Factory.SignInAsync(fixture.Facilitator.Email);
        var (_, outsider) = await Factory.CreateSignedInAsync("Utan Labb", ApiResourcesFactory.Other, Role.Participant);

        var facilitatorHtml = await UiPages.ReadHtmlAsync(await facilitator.GetAsync("/tasks"));
        var outsiderHtml = await UiPages.ReadHtmlAsync(await outsider.GetAsync("/tasks"));

        Assert.Contains("aria-label=\"Huvudmeny\"", facilitatorHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"/labs\"", facilitatorHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/flows\"", facilitatorHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"/tasks\"", outsiderHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/labs\"", outsiderHtml, StringComparison.Ordinal);
        outsider.Dispose();
    }

    [Fact]
    public async Task Labs_ListsTheLabWithAdministrationPhaseStatusAndOverdueCount_WhenTheFacilitatorLooks()
    {
        using var client = await Factory.SignInAsync(fixture.Facilitator.Email);

        var html = await UiPages.ReadHtmlAsync(await client.GetAsync("/labs"));

        Assert.Contains($"<a href=\"/labs/{fixture.LabId}\">{UiFixture.LabTitle}</a>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Utforska</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Pågår</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"overdue\">1 försenad</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabOverview_ShowsChallengePhasesTasksAndTimeline_WhenTheFacilitatorLooks()
    {
        using var client = await Factory.SignInAsync(fixture.Facilitator.Email);

        using var response = await client.GetAsync($"/labs/{fixture.LabId}");
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Contains($"<h1>{UiFixture.LabTitle}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<dd>{UiFixture.LabChallenge}</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"lab-start-date\">måndag 6 januari 2020</dd>", html, StringComparison.Ordinal);
        Assert.Contains("Utforska – pågår", html, StringComparison.Ordinal);
        Assert.Contains("Ta fram idéer – kommande", html, StringComparison.Ordinal);
        Assert.Contains("<td>Cora Koordinator</td>", html, StringComparison.Ordinal);
        Assert.Contains("Labbet startade av Fia Facilitator", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabOverview_ShowsNothingOfTheLab_WhenACoordinatorOfAnotherAdministrationLooks()
    {
        var (_, client) = await Factory.CreateSignedInAsync("Annan Koordinator", ApiResourcesFactory.Other, Role.Coordinator);

        using var response = await client.GetAsync($"/labs/{fixture.LabId}");
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Contains("<h1>Ingen behörighet</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Du har inte behörighet att se det här. Det hör till en annan förvaltning.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(UiFixture.LabTitle, html, StringComparison.Ordinal);
        Assert.DoesNotContain(UiFixture.LabChallenge, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Rapportera intervjuer", html, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task Flows_SendsToAccessDenied_WhenTheCallerIsNoDesigner()
    {
        using var client = await Factory.SignInAsync(fixture.Coordinator.Email);

        using var response = await client.GetAsync("/flows");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task UnknownPage_Answers404WithTheSwedishPage_WhenThePathIsNoPage()
    {
        using var client = Factory.CreateAnonymousClient();

        using var response = await client.GetAsync("/no-such-page");
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Sidan finns inte</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Answers401ProblemDetailsNotARedirect_WhenNobodyIsSignedIn()
    {
        using var client = Factory.CreateAnonymousClient();

        using var tasks = await client.GetAsync("/api/v1/tasks");
        using var unknown = await client.GetAsync("/api/v1/no-such-resource");

        Assert.Equal(HttpStatusCode.Unauthorized, tasks.StatusCode);
        Assert.Equal("application/problem+json", tasks.Content.Headers.ContentType!.MediaType);
        Assert.Null(tasks.Headers.Location);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
    }
}
