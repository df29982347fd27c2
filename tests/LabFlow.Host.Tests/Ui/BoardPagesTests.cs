using System.Net;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Host.Tests.ApiResources;
using LabFlow.Host.Tests.TestInfrastructure;
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
    public async Task MyTasks_ListsTheOpenBoardOnceLinkedStraightToIt_WhenThePersonTakesPart()
    {
        // Arrange
        using var participant = await fixture.Factory.SignInAsync(fixture.Author.Email);
        using var facilitator = await fixture.Factory.SignInAsync(fixture.Facilitator.Email);
        var lastDay = new LabCalendar().DateOf(TimeProvider.System.GetUtcNow()).AddDays(30);
        var date = lastDay.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("sv-SE"));
        var link = $"<a href=\"/collections/{fixture.NamedBoardId}\">Idéer med namn</a>";

        // Act
        var asParticipant = await UiPages.ReadHtmlAsync(await participant.GetAsync("/tasks"));
        var asFacilitator = await UiPages.ReadHtmlAsync(await facilitator.GetAsync("/tasks"));

        // Assert: the task row is the board's one entry, its title going to the board and its due date the window's last day.
        var at = asParticipant.IndexOf(link, StringComparison.Ordinal);
        Assert.True(at >= 0, "The participant's task row should link straight to the board.");
        Assert.Equal(-1, asParticipant.IndexOf(link, at + link.Length, StringComparison.Ordinal));
        Assert.Contains(date, asParticipant[at..], StringComparison.Ordinal);
        Assert.DoesNotContain(link, asFacilitator, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskPage_LinksTheBoardInsteadOfAForm_WhenTheTaskIsAParticipantsBoardTask()
    {
        using var participant = await fixture.Factory.SignInAsync(fixture.Author.Email);
        var task = await fixture.Factory.InScopeAsync(async services =>
            (await services.GetRequiredService<ITaskStore>().ListByLabAsync(fixture.LabId, CancellationToken.None))
                .Single(t => t.ActivityId == "named" && t.AssigneeId == fixture.Author.Id));

        var html = await UiPages.ReadHtmlAsync(await participant.GetAsync($"/tasks/{task.Id}"));

        Assert.Contains($"<a id=\"open-board\" class=\"mud-typography mud-typography-body1\" href=\"/collections/{fixture.NamedBoardId}\">Gå till tavlan</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"action-Done\"", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// A lab whose only step is an anonymous board: the author takes part (a task, the opening email), but nothing
    /// written after their idea links it to them, and a submission leaves no journal entry or task change whose time
    /// could be matched to it.
    /// </summary>
    [Fact]
    public async Task AnonymousBoard_LeavesNoTraceOfTheAuthor_InJournalTasksResultEmailsOrAnotherPersonsExport()
    {
        var (labId, boardId) = await fixture.LaunchAnonymousOnlyAsync();
        var (_, admin) = await fixture.Factory.CreateSignedInAsync("Anna Admin", ApiResourcesFactory.Own, Role.Admin);
        using var adminClient = admin;
        using var author = await fixture.Factory.SignInAsync(fixture.Author.Email);
        using var facilitator = await fixture.Factory.SignInAsync(fixture.Facilitator.Email);
        var journalBefore = await fixture.JournalAsync(labId);
        var taskBefore = await fixture.AuthorsTaskAsync(labId);

        using var submitted = await author.PostAsync($"/api/v1/collections/{boardId}/submissions", ApiResourcesFactory.Json(new { answers = new { idea = AnonymousIdea } }));
        var journalAfterIdea = await fixture.JournalAsync(labId);
        var taskAfterIdea = await fixture.AuthorsTaskAsync(labId);
        using var closed = await facilitator.PostAsync($"/api/v1/collections/{boardId}/close", null);
        var adminView = await ReadAsync(adminClient, $"/api/v1/collections/{boardId}");
        var journal = await fixture.JournalAsync(labId);
        var result = await fixture.Factory.InScopeAsync(async services =>
            System.Text.Json.JsonSerializer.Serialize((await services.GetRequiredService<LabFlow.Workflows.Persistence.IWorkflowInstanceStore>().FindAsync(labId, CancellationToken.None))!.State, ReadableJson.Options));
        var emailsToOthers = await fixture.Factory.InScopeAsync(async services =>
            System.Text.Json.JsonSerializer.Serialize((await services.GetRequiredService<LabFlow.Activities.Email.IEmailStore>().ListAsync(new LabFlow.Activities.Email.EmailMessageQuery(InstanceId: labId, Take: 1000), CancellationToken.None))
                .Where(e => e.RecipientPersonId != fixture.Author.Id), ReadableJson.Options));
        var facilitatorsExport = await ReadAsync(adminClient, $"/api/v1/people/{fixture.Facilitator.Id}/data");

        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(journalBefore, journalAfterIdea);
        Assert.Equal(taskBefore, taskAfterIdea);
        Assert.Contains(AnonymousIdea, result, StringComparison.Ordinal);
        Assert.Contains(AnonymousIdea, adminView, StringComparison.Ordinal);
        foreach (var (what, text) in new[] { ("journal", journal), ("step result", result), ("administrator's API answer", adminView), ("emails to others", emailsToOthers), ("facilitator's personal-data export", facilitatorsExport) })
        {
            Assert.False(text.Contains(fixture.Author.Name, StringComparison.Ordinal), $"The {what} names the author.");
            Assert.False(text.Contains(fixture.Author.Email, StringComparison.OrdinalIgnoreCase), $"The {what} holds the author's email.");
            Assert.False(text.Contains(fixture.Author.Id.ToString(), StringComparison.OrdinalIgnoreCase), $"The {what} holds the author's id.");
        }
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

        /// <summary>Launches a lab whose only step is an anonymous board for the author; returns the lab and the board.</summary>
        public async Task<(Guid LabId, Guid BoardId)> LaunchAnonymousOnlyAsync()
        {
            await Factory.PublishAsync("""
                {
                  "id": "board-anonymous-only", "version": 1, "name": "Anonym tavla",
                  "activities": [
                    { "id": "start", "type": "Start" },
                    { "id": "ideas", "type": "CollectIdeas",
                      "inputs": { "title": "Hemliga idéer", "participants": { "role": "Participant" }, "closes": { "daysAfterStart": 30 }, "anonymous": true,
                                  "form": [ { "key": "idea", "type": "Text", "label": "Idé", "required": true } ] } }
                  ],
                  "connections": [ { "from": "start", "to": "ideas" } ]
                }
                """);
            var today = new LabCalendar().DateOf(TimeProvider.System.GetUtcNow());
            return await Factory.InScopeAsync(async services =>
            {
                var lab = await services.GetRequiredService<LabService>().LaunchAsync(
                    new LaunchLabRequest(
                        "board-anonymous-only",
                        "Hemliga labbet",
                        ApiResourcesFactory.Own,
                        "Vad säger vi inte högt?",
                        today,
                        [new LabMember(Facilitator.Id, Role.Facilitator), new LabMember(Author.Id, Role.Participant)]),
                    Facilitator.Id,
                    CancellationToken.None);
                var board = await services.GetRequiredService<ICollectionStore>().FindByActivityAsync(lab.Id, "ideas", CancellationToken.None)
                    ?? throw new InvalidOperationException("The anonymous board did not open.");
                return (lab.Id, board.Id);
            });
        }

        /// <summary>The lab's journal as JSON, oldest first.</summary>
        public Task<string> JournalAsync(Guid labId) =>
            Factory.InScopeAsync(async services => System.Text.Json.JsonSerializer.Serialize(
                await services.GetRequiredService<LabFlow.Workflows.Persistence.IWorkflowJournalStore>().ListAsync(labId, CancellationToken.None), ReadableJson.Options));

        /// <summary>The author's task on the lab's board as JSON.</summary>
        public Task<string> AuthorsTaskAsync(Guid labId) =>
            Factory.InScopeAsync(async services => System.Text.Json.JsonSerializer.Serialize(
                (await services.GetRequiredService<ITaskStore>().ListByLabAsync(labId, CancellationToken.None)).Single(t => t.AssigneeId == Author.Id), ReadableJson.Options));

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
