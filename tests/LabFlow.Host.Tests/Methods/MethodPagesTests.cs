using System.Net;
using LabFlow.Activities.Methods;
using LabFlow.Host.Authorization;
using LabFlow.Host.Tests.Ui;
using LabFlow.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Methods;

/// <summary>The method library's pages over the real Host: the list with its search and filters, a method's page, the editor's door.</summary>
public sealed class MethodPagesTests(UiFixture fixture) : IClassFixture<UiFixture>
{
    [Fact]
    public async Task List_ShowsTheShippedMethodsAndTheNavigationEntry_ForAnyoneSignedIn()
    {
        using var client = await fixture.Factory.SignInAsync(fixture.Coordinator.Email);

        using var response = await client.GetAsync("/methods");
        var html = await UiPages.ReadHtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Metodbibliotek – LabFlow</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Metodbibliotek</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/methods/crazy-8s\">Crazy 8s</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/methods/jamkas-plus\">JämKAS Plus</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/methods\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"new-method\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsOnlyMatchingMethods_WhenFilteredByPhaseAndSearched()
    {
        using var client = await fixture.Factory.SignInAsync(fixture.Coordinator.Email);

        var prototype = await UiPages.ReadHtmlAsync(await client.GetAsync("/methods?phase=prototype"));
        var searched = await UiPages.ReadHtmlAsync(await client.GetAsync("/methods?q=empati"));
        var nothing = await UiPages.ReadHtmlAsync(await client.GetAsync("/methods?q=zzzzqq"));

        Assert.Contains("<a href=\"/methods/pappersprototyp\">Pappersprototyp</a>", prototype, StringComparison.Ordinal);
        Assert.DoesNotContain("/methods/crazy-8s", prototype, StringComparison.Ordinal);
        Assert.Contains("<option value=\"prototype\" selected>Testa idéer</option>", prototype, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/methods/empatikarta\">Empatikarta</a>", searched, StringComparison.Ordinal);
        Assert.Contains("<p id=\"method-count\" role=\"status\">1 metod</p>", searched, StringComparison.Ordinal);
        Assert.Contains("Inga metoder matchar sökningen.", nothing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Method_ShowsFactsRenderedStepsEqualityAndSource_InSwedishAndEnglish()
    {
        using var client = await fixture.Factory.SignInAsync(fixture.Coordinator.Email);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/methods/crazy-8s");
        request.Headers.Add("Cookie", UiPages.EnglishCultureCookie);

        var html = await UiPages.ReadHtmlAsync(await client.GetAsync("/methods/crazy-8s"));
        var inEnglish = await UiPages.ReadHtmlAsync(await client.SendAsync(request));

        Assert.Contains("<h1>Crazy 8s</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"method-time\">15–30 min</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"method-group\">2–30 personer</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<ol>\n<li>Läs upp <em>Hur kan vi …?</em>-frågan ni arbetar med.</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Funktionsnedsättning</li>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"source-title\">Källa</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"instructions-title\">How to run it</h2>", inEnglish, StringComparison.Ordinal);
        Assert.Contains("<li>Read out the <em>How might we …?</em> question you are working on.</li>", inEnglish, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"rate-form\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"edit-method\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Method_OffersRatingToAFacilitator_AndSaysWhenTheMethodIsUnknown()
    {
        using var client = await fixture.Factory.SignInAsync(fixture.Facilitator.Email);

        var html = await UiPages.ReadHtmlAsync(await client.GetAsync("/methods/prickrostning"));
        var missing = await UiPages.ReadHtmlAsync(await client.GetAsync("/methods/finns-inte"));

        Assert.Contains("id=\"rate-form\"", html, StringComparison.Ordinal);
        Assert.Contains("Hur väl fungerade metoden när du använde den?", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"method-not-found\">Metodbiblioteket har ingen metod med id 'finns-inte'.", missing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Method_RendersNoScript_WhenADesignerSavedMarkdownThatTriesToInjectIt()
    {
        var designer = await fixture.Factory.CreatePersonAsync("Disa Designer", organisationRoles: [LabFlowRoles.Designer]);
        await fixture.Factory.InScopeAsync(async services =>
        {
            var methods = services.GetRequiredService<MethodService>();
            var current = (await methods.GetAsync("galleripromenad", designer.Id, CancellationToken.None)).Stored;
            var hostile = current.Method with
            {
                Instructions = LocalizedText.Of(
                    "1. Steg <script>alert('x')</script>\n2. [Klicka](javascript:alert('x'))\n3. <img src=x onerror=alert('x')>",
                    "1. Step"),
            };
            return await methods.SaveAsync(designer.Id, "galleripromenad", hostile, current.Version, CancellationToken.None);
        });
        using var client = await fixture.Factory.SignInAsync(fixture.Coordinator.Email);
        using var designerClient = await fixture.Factory.SignInAsync(designer.Email);

        var raw = await (await client.GetAsync("/methods/galleripromenad")).Content.ReadAsStringAsync();
        var editorRaw = await (await designerClient.GetAsync("/methods/galleripromenad/edit")).Content.ReadAsStringAsync();
        var editor = WebUtility.HtmlDecode(editorRaw);
        var refused = await UiPages.ReadHtmlAsync(await client.GetAsync("/methods/galleripromenad/edit"));

        Assert.DoesNotMatch("(?i)<script>alert", raw);
        Assert.DoesNotMatch("(?i)href=\"javascript:", raw);
        Assert.DoesNotMatch("(?i)<img[^>]*onerror", raw);
        Assert.Contains("id=\"method-instructions\"", raw, StringComparison.Ordinal);
        Assert.Contains("<label for=\"method-instructions-sv\">Så här gör ni på svenska</label>", editor, StringComparison.Ordinal);
        Assert.Contains("id=\"method-instructions-sv-preview\"", editor, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?i)<script>alert", editorRaw);
        Assert.DoesNotContain("\"minutes\"", editor, StringComparison.Ordinal);
        Assert.Contains("<p id=\"method-edit-refused\">Bara designer och administratörer kan redigera metoder.", refused, StringComparison.Ordinal);
    }
}
