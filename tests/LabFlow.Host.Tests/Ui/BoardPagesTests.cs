using System.Net;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Time;
using LabFlow.Host.Tests.ApiResources;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Ui;

/// <summary>
/// The idea board page and its API, prerendered for a signed-in person: who sees which ideas, and that an anonymous
/// board names nobody in its HTML or its API answers.
/// </summary>
public sealed class BoardPagesTests(BoardPagesTests.BoardFixture fixture) : IClassFixture<BoardPagesTests.BoardFixture>
{
    private const string AnonymousIdea = "Anonyma ansökningar till chefstjänster";
    private const string NamedIdea = "Mentorer för nyanställda";

    [Fact]
    public async Task BoardPage_ShowsTheIdeasWithoutAnyTraceOfTheAuthor_WhenTheStepIsAnonymous()
    {
        using var facilitator = await fixture.Factory.SignInAsync(fixture.Facilitator.Email);
        using var participant = await fixture.Factory.SignInAsync(fixture.Author.Email);

        using var page = await facilitator.GetAsync($"/collections/{fixture.AnonymousBoardId}");
        var html = await UiPages.ReadHtmlAsync(page);
        var asFacilitator = await ReadAsync(facilitator, $"/api/v1/collections/{fixture.AnonymousBoardId}");
        var asAuthor = await ReadAsync(participant, $"/api/v1/collections/{fixture.AnonymousBoardId}");
        using var submitted = await participant.PostAsync(
            $"/api/v1/collections/{fixture.AnonymousBoardId}/submissions", ApiResourcesFactory.Json(new { answers = new { idea = "Ännu en idé" } }));
        var submittedBody = await submitted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>Anonyma idéer</h1>", html, StringComparison.Ordinal);
        Assert.Contains(AnonymousIdea, html, StringComparison.Ordinal);
        Assert.Contains("Anonym: ingen ser vem som skrev eller röstade.", html, StringComparison.Ordinal);
        Assert.Contains(AnonymousIdea, asFacilitator, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        foreach (var (what, text) in new[] { ("page", html), ("facilitator's API answer", asFacilitator), ("author's API answer", asAuthor), ("submission answer", submittedBody) })
        {
            Assert.False(text.Contains(fixture.Author.Name, StringComparison.Ordinal), $"The {what} names the author.");
            Assert.False(text.Contains(fixture.Author.Email, StringComparison.OrdinalIgnoreCase), $"The {what} holds the author's email.");
            Assert.False(text.Contains(fixture.Author.Id.ToString(), StringComparison.OrdinalIgnoreCase), $"The {what} holds the author's id.");
            Assert.False(text.Contains(fixture.Author.Id.ToString("N"), StringComparison.OrdinalIgnoreCase), $"The {what} holds the author's id.");
        }
    }

    [Fact]
    public async Task BoardPage_NamesTheAuthorAndOffersTheFacilitatorsControls_WhenTheStepIsNotAnonymous()
    {
        using var facilitator = await fixture.Factory.SignInAsync(fixture.Facilitator.Email);
        using var participant = await fixture.Factory.SignInAsync(fixture.Author.Email);

        var asFacilitator = await UiPages.ReadHtmlAsync(await facilitator.GetAsync($"/collections/{fixture.NamedBoardId}"));
        var asAuthor = await UiPages.ReadHtmlAsync(await participant.GetAsync($"/collections/{fixture.NamedBoardId}"));

        Assert.Contains(NamedIdea, asFacilitator, StringComparison.Ordinal);
        Assert.Contains($"Av {fixture.Author.Name}", asFacilitator, StringComparison.Ordinal);
        Assert.Contains("<button type=\"button\" class=\"button\" id=\"close-now\"", asFacilitator, StringComparison.Ordinal);
        Assert.Contains($"aria-label=\"Spara tema för {NamedIdea}\"", asFacilitator, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"write-heading\">Lämna en idé</h2>", asAuthor, StringComparison.Ordinal);
        Assert.Contains("Din idé", asAuthor, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"close-now\"", asAuthor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabPage_LinksEveryBoardOfTheLab_WhenTheLabHasIdeaCollections()
    {
        using var facilitator = await fixture.Factory.SignInAsync(fixture.Facilitator.Email);

        var html = await UiPages.ReadHtmlAsync(await facilitator.GetAsync($"/labs/{fixture.LabId}"));

        Assert.Contains("<h2 id=\"boards-heading\">Idétavlor och röstningar</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/collections/{fixture.AnonymousBoardId}\">Anonyma idéer</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/collections/{fixture.NamedBoardId}\">Idéer med namn</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BoardPage_ShowsNoIdea_WhenTheViewerBelongsToAnotherAdministration()
    {
        var (_, outsider) = await fixture.Factory.CreateSignedInAsync("Olle Utomstående", ApiResourcesFactory.Other, Role.Coordinator);
        using (outsider)
        {
            var html = await UiPages.ReadHtmlAsync(await outsider.GetAsync($"/collections/{fixture.NamedBoardId}"));

            Assert.Contains("<h1>Du har inte tillgång till tavlan</h1>", html, StringComparison.Ordinal);
            Assert.DoesNotContain(NamedIdea, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ProjectorPage_ShowsTheIdeasInLargeTypeWithoutControls_WhenAFacilitatorOpensIt()
    {
        using var facilitator = await fixture.Factory.SignInAsync(fixture.Facilitator.Email);

        var html = await UiPages.ReadHtmlAsync(await facilitator.GetAsync($"/collections/{fixture.NamedBoardId}/projector"));

        Assert.Contains("<article class=\"projector\">", html, StringComparison.Ordinal);
        Assert.Contains($"<li>{NamedIdea}</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<button", html[html.IndexOf("<article class=\"projector\">", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyTasks_ListsTheOpenBoardsWithTheirLastDay_WhenThePersonTakesPart()
    {
        using var participant = await fixture.Factory.SignInAsync(fixture.Author.Email);
        using var facilitator = await fixture.Factory.SignInAsync(fixture.Facilitator.Email);
        var lastDay = new LabCalendar().DateOf(TimeProvider.System.GetUtcNow()).AddDays(30);
        var date = lastDay.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("sv-SE"));

        var asParticipant = await UiPages.ReadHtmlAsync(await participant.GetAsync("/tasks"));
        var asFacilitator = await UiPages.ReadHtmlAsync(await facilitator.GetAsync("/tasks"));

        Assert.Contains("<h2 id=\"my-boards-heading\">Idétavlor och röstningar</h2>", asParticipant, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/collections/{fixture.NamedBoardId}\">Idéer med namn</a>:", asParticipant, StringComparison.Ordinal);
        Assert.Contains($"Lämna idéer senast {date}", asParticipant, StringComparison.Ordinal);
        Assert.DoesNotContain("my-boards-heading", asFacilitator, StringComparison.Ordinal);
    }

    private static async Task<string> ReadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A lab started today with an anonymous and a named idea board, open for 30 days, each with one idea by <see cref="Author"/>.</summary>
    public sealed class BoardFixture : IAsyncLifetime
    {
        private const string Flow = """
            {
              "id": "board-pages", "version": 1, "name": "Tavlor",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "anonymous", "type": "CollectIdeas",
                  "inputs": { "title": "Anonyma idéer", "participants": { "role": "Participant" }, "closes": { "daysAfterStart": 30 }, "anonymous": true,
                              "form": [ { "key": "idea", "type": "Text", "label": "Idé", "required": true } ] } },
                { "id": "named", "type": "CollectIdeas",
                  "inputs": { "title": "Idéer med namn", "participants": { "role": "Participant" }, "closes": { "daysAfterStart": 30 },
                              "form": [ { "key": "idea", "type": "Text", "label": "Idé", "required": true } ] } }
              ],
              "connections": [ { "from": "start", "to": "anonymous" }, { "from": "start", "to": "named" } ]
            }
            """;

        public ApiResourcesFactory Factory { get; } = new();

        public Person Facilitator { get; private set; } = null!;

        public Person Author { get; private set; } = null!;

        public Guid LabId { get; private set; }

        public Guid AnonymousBoardId { get; private set; }

        public Guid NamedBoardId { get; private set; }

        public async Task InitializeAsync()
        {
            await Factory.PublishAsync(Flow);
            Facilitator = await Factory.CreateMemberAsync("Fia Facilitator", ApiResourcesFactory.Own, Role.Facilitator);
            Author = await Factory.CreateMemberAsync("Petra Participant", ApiResourcesFactory.Own, Role.Participant);
            var today = new LabCalendar().DateOf(TimeProvider.System.GetUtcNow());
            LabId = await Factory.InScopeAsync(async services => (await services.GetRequiredService<LabService>().LaunchAsync(
                new LaunchLabRequest(
                    "board-pages",
                    "Tavellabbet",
                    ApiResourcesFactory.Own,
                    "Hur samlar vi idéer?",
                    today,
                    [new LabMember(Facilitator.Id, Role.Facilitator), new LabMember(Author.Id, Role.Participant)]),
                Facilitator.Id,
                CancellationToken.None)).Id);
            (AnonymousBoardId, NamedBoardId) = await Factory.InScopeAsync(async services =>
            {
                var store = services.GetRequiredService<ICollectionStore>();
                var anonymous = await store.FindByActivityAsync(LabId, "anonymous", CancellationToken.None) ?? throw new InvalidOperationException("The anonymous board did not open.");
                var named = await store.FindByActivityAsync(LabId, "named", CancellationToken.None) ?? throw new InvalidOperationException("The named board did not open.");
                var collections = services.GetRequiredService<CollectionService>();
                await collections.SubmitAsync(anonymous.Id, Author.Id, new System.Text.Json.Nodes.JsonObject { ["idea"] = AnonymousIdea }, CancellationToken.None);
                await collections.SubmitAsync(named.Id, Author.Id, new System.Text.Json.Nodes.JsonObject { ["idea"] = NamedIdea }, CancellationToken.None);
                return (anonymous.Id, named.Id);
            });
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
