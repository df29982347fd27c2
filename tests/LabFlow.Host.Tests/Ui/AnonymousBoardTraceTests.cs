using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
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
/// An anonymous board followed by an anonymous dot vote, read everywhere LabFlow shows or exports a lab. Two fresh
/// participants take part; one writes an idea and votes, the other does nothing. Wherever the lab is shown (pages,
/// API answers, emails, exports, the Word report, the journal, the step results, an idea's history), the author
/// appears exactly as often as the bystander does: nothing singles out who wrote or voted. And writing or voting
/// changes no journal entry, task or email, so its time cannot be matched with what the author did in the lab.
/// </summary>
public sealed class AnonymousBoardTraceTests(BoardPagesTests.BoardFixture fixture) : IClassFixture<BoardPagesTests.BoardFixture>
{
    private const string AnonymousIdea = "Fyradagarsvecka på prov i köken";

    private const string AnonymousVoteFlow = """
        {
          "id": "board-anonymous-vote", "version": 1, "name": "Anonym tavla och röstning",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "ideas", "type": "CollectIdeas",
              "inputs": { "title": "Hemliga förslag", "participants": { "role": "Participant" }, "closes": { "daysAfterStart": 30 }, "anonymous": true,
                          "form": [ { "key": "idea", "type": "Text", "label": "Idé", "required": true } ] } },
            { "id": "vote", "type": "DotVote",
              "inputs": { "title": "Hemlig röstning", "participants": { "role": "Participant" }, "source": "ideas", "votesPerPerson": 3,
                          "closes": { "daysAfterStart": 30 }, "anonymous": true } }
          ],
          "connections": [ { "from": "start", "to": "ideas" }, { "from": "ideas", "to": "vote" } ]
        }
        """;

    [Fact]
    public async Task AnonymousBoardAndVote_SingleOutNoAuthorOrVoter_InAnyPageApiAnswerEmailExportJournalOrHistory()
    {
        // Arrange: a lab with an anonymous board and vote, a facilitator and two fresh participants.
        var factory = fixture.Factory;
        await factory.PublishAsync(AnonymousVoteFlow);
        var author = await factory.CreateMemberAsync("Ylva Ytterst", ApiResourcesFactory.Own, Role.Participant);
        var bystander = await factory.CreateMemberAsync("Zäta Zorn", ApiResourcesFactory.Own, Role.Participant);
        var (_, adminClient) = await factory.CreateSignedInAsync("Ada Administratör", ApiResourcesFactory.Own, Role.Admin);
        using var admin = adminClient;
        using var authorClient = await factory.SignInAsync(author.Email);
        using var facilitator = await factory.SignInAsync(fixture.Facilitator.Email);
        var today = new LabCalendar().DateOf(TimeProvider.System.GetUtcNow());
        var labId = await factory.InScopeAsync(async services => (await services.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest(
                "board-anonymous-vote",
                "Tysta labbet",
                ApiResourcesFactory.Own,
                "Vad tycker vi egentligen?",
                today,
                [new LabMember(fixture.Facilitator.Id, Role.Facilitator), new LabMember(author.Id, Role.Participant), new LabMember(bystander.Id, Role.Participant)]),
            fixture.Facilitator.Id,
            CancellationToken.None)).Id);
        var boardId = await CollectionIdAsync(labId, "ideas");

        // Act: the author writes an idea; the facilitator rewords it (a history entry) and closes the board.
        var beforeIdea = await TraceAsync(labId);
        using var submitted = await authorClient.PostAsync($"/api/v1/collections/{boardId}/submissions", ApiResourcesFactory.Json(new { answers = new { idea = AnonymousIdea } }));
        var afterIdea = await TraceAsync(labId);
        var ideaId = (await ApiResourcesFactory.ReadJsonAsync(submitted)).GetProperty("id").GetGuid();
        var history = await factory.InScopeAsync(async services =>
        {
            var curation = services.GetRequiredService<IdeaBoardService>();
            var errors = await curation.EditAsync(boardId, ideaId, new JsonObject { ["idea"] = AnonymousIdea + " i alla förvaltningar" }, fixture.Facilitator.Id, CancellationToken.None);
            Assert.Empty(errors);
            return JsonSerializer.Serialize(await curation.HistoryAsync(boardId, ideaId, fixture.Facilitator.Id, CancellationToken.None), ReadableJson.Options);
        });
        using var boardClosed = await facilitator.PostAsync($"/api/v1/collections/{boardId}/close", null);
        var voteId = await CollectionIdAsync(labId, "vote");

        // The author puts two dots on the idea; the facilitator closes the vote.
        var beforeVote = await TraceAsync(labId);
        using var voted = await authorClient.PostAsync($"/api/v1/collections/{voteId}/votes", ApiResourcesFactory.Json(new { ideaIds = new[] { ideaId, ideaId } }));
        var afterVote = await TraceAsync(labId);
        var openVoteExport = await ReadAsync(admin, $"/api/v1/people/{author.Id}/data");
        using var voteClosed = await facilitator.PostAsync($"/api/v1/collections/{voteId}/close", null);

        var trace = await TraceAsync(labId);
        var tasks = await factory.InScopeAsync(async services => await services.GetRequiredService<ITaskStore>().ListByLabAsync(labId, CancellationToken.None));
        var shared = new List<(string What, string Text)>
        {
            ("board page", await PageAsync(facilitator, $"/collections/{boardId}")),
            ("vote page", await PageAsync(facilitator, $"/collections/{voteId}")),
            ("board projector", await PageAsync(facilitator, $"/collections/{boardId}/projector")),
            ("vote projector", await PageAsync(facilitator, $"/collections/{voteId}/projector")),
            ("lab page with its timeline", await PageAsync(facilitator, $"/labs/{labId}")),
            ("lab register page", await PageAsync(facilitator, $"/labs/{labId}/register")),
            ("board API answer", await ReadAsync(admin, $"/api/v1/collections/{boardId}")),
            ("vote API answer", await ReadAsync(admin, $"/api/v1/collections/{voteId}")),
            ("lab API answer", await ReadAsync(facilitator, $"/api/v1/labs/{labId}")),
            ("lab register API answer", await ReadAsync(facilitator, $"/api/v1/labs/{labId}/register")),
            ("register export", await ReadAsync(admin, $"/api/v1/project/register.csv?labId={labId}")),
            ("activity log export", await ReadAsync(admin, $"/api/v1/project/activities.csv?labId={labId}")),
            ("Word report", await WordTextAsync(facilitator, $"/api/v1/labs/{labId}/report.docx")),
            ("journal", trace.Journal),
            ("step results", trace.State),
            ("emails", trace.Emails),
            ("idea history", history),
            ("facilitator's personal-data export", await ReadAsync(admin, $"/api/v1/people/{fixture.Facilitator.Id}/data")),
        };
        var authorsTasks = tasks.Where(t => t.AssigneeId == author.Id).OrderBy(t => t.ActivityId, StringComparer.Ordinal).ToList();
        var bystandersTasks = tasks.Where(t => t.AssigneeId == bystander.Id).OrderBy(t => t.ActivityId, StringComparer.Ordinal).ToList();

        // Assert
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, boardClosed.StatusCode);
        Assert.True(voted.IsSuccessStatusCode, $"The vote answered {(int)voted.StatusCode}: {await voted.Content.ReadAsStringAsync()}");
        Assert.Equal(HttpStatusCode.OK, voteClosed.StatusCode);
        Assert.Equal(beforeIdea, afterIdea);
        Assert.Equal(beforeVote, afterVote);
        Assert.Contains(AnonymousIdea, shared[1].Text, StringComparison.Ordinal);
        Assert.Contains("2 prickar", shared[1].Text, StringComparison.Ordinal);
        foreach (var (what, text) in shared)
        {
            AssertNoOneSingledOut(what, text, text, author, bystander);
        }

        Assert.Equal(["ideas", "vote"], authorsTasks.Select(t => t.ActivityId));
        Assert.Equal(["ideas", "vote"], bystandersTasks.Select(t => t.ActivityId));
        for (var i = 0; i < authorsTasks.Count; i++)
        {
            AssertNoOneSingledOut(
                $"{authorsTasks[i].ActivityId} task page",
                await PageAsync(facilitator, $"/tasks/{authorsTasks[i].Id}"),
                await PageAsync(facilitator, $"/tasks/{bystandersTasks[i].Id}"),
                author,
                bystander);
            AssertNoOneSingledOut(
                $"{authorsTasks[i].ActivityId} task API answer",
                await ReadAsync(facilitator, $"/api/v1/tasks/{authorsTasks[i].Id}"),
                await ReadAsync(facilitator, $"/api/v1/tasks/{bystandersTasks[i].Id}"),
                author,
                bystander);
        }

        // An administrator's export of the author holds neither the anonymous idea nor the dots (not even while the vote is open).
        var authorsExport = await ReadAsync(admin, $"/api/v1/people/{author.Id}/data");
        foreach (var export in new[] { openVoteExport, authorsExport })
        {
            Assert.DoesNotContain(AnonymousIdea, export, StringComparison.Ordinal);
            Assert.DoesNotContain(ideaId.ToString(), export, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// What the author's text says of the author must be what the bystander's says of the bystander: their name, email
    /// and id the same number of times. Both took part; only the author wrote and voted.
    /// </summary>
    private static void AssertNoOneSingledOut(string what, string aboutAuthor, string aboutBystander, Person author, Person bystander)
    {
        string[] Markers(Person p) => [p.Name, p.Email, p.Id.ToString(), p.Id.ToString("N")];
        int Count(string text, string marker)
        {
            var count = 0;
            for (var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.OrdinalIgnoreCase))
            {
                count++;
            }

            return count;
        }

        var authors = Markers(author).Select(m => Count(aboutAuthor, m)).ToList();
        var bystanders = Markers(bystander).Select(m => Count(aboutBystander, m)).ToList();
        Assert.True(
            authors.SequenceEqual(bystanders),
            $"The {what} singles out the author: name, email, id and compact id appear {string.Join('/', authors)} times for the author but {string.Join('/', bystanders)} times for the participant who did nothing.");
    }

    private async Task<Guid> CollectionIdAsync(Guid labId, string activityId) =>
        await fixture.Factory.InScopeAsync(async services =>
            (await services.GetRequiredService<ICollectionStore>().FindByActivityAsync(labId, activityId, CancellationToken.None)
                ?? throw new InvalidOperationException($"The step '{activityId}' opened no collection.")).Id);

    /// <summary>What the lab leaves behind that carries times: its journal, its state (step results), its tasks and its emails.</summary>
    private async Task<(string Journal, string State, string Tasks, string Emails)> TraceAsync(Guid labId) =>
        (await fixture.JournalAsync(labId),
         await fixture.Factory.InScopeAsync(async services => JsonSerializer.Serialize(
             (await services.GetRequiredService<LabFlow.Workflows.Persistence.IWorkflowInstanceStore>().FindAsync(labId, CancellationToken.None))!.State, ReadableJson.Options)),
         await fixture.Factory.InScopeAsync(async services => JsonSerializer.Serialize(
             await services.GetRequiredService<ITaskStore>().ListByLabAsync(labId, CancellationToken.None), ReadableJson.Options)),
         await fixture.Factory.InScopeAsync(async services => JsonSerializer.Serialize(
             (await services.GetRequiredService<LabFlow.Activities.Email.IEmailStore>().ListAsync(new LabFlow.Activities.Email.EmailMessageQuery(InstanceId: labId, Take: 1000), CancellationToken.None))
                 .Select(e => new { e.RecipientPersonId, e.RecipientAddress, e.Subject, e.TextBody, e.HtmlBody }), ReadableJson.Options)));

    private static async Task<string> ReadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}.");
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}.");
        return await UiPages.ReadHtmlAsync(response);
    }

    /// <summary>The Word report's body text (its document part).</summary>
    private static async Task<string> WordTextAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}.");
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var package = new ZipArchive(stream, ZipArchiveMode.Read);
        using var reader = new StreamReader(package.GetEntry("word/document.xml")!.Open());
        return await reader.ReadToEndAsync();
    }
}
