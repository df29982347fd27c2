using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Knowledge;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Privacy;
using LabFlow.Host.Tests.Identity;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Knowledge;

/// <summary>
/// The knowledge bank through the API on real SQLite: a facilitator drafts entries from the lab's steps and publishes
/// them after the personal-data check; the read rule of a step with readers of its own decides who finds what came
/// from it, and a participant finds only published entries.
/// </summary>
public sealed class KnowledgeApiTests(LabFlowApiFactory factory) : IClassFixture<LabFlowApiFactory>
{
    private const string FlowId = "knowledge-api";

    private const string Flow = """
        {
          "id": "knowledge-api",
          "version": 1,
          "name": "Knowledge API",
          "phases": [ { "id": "explore", "name": "Utforska" } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "insights", "type": "UserTask", "phase": "explore", "inputs": { "title": "Insikter", "assignee": { "role": "Facilitator" } } },
            { "id": "staffing", "type": "UserTask", "phase": "explore", "inputs": { "title": "Personalfrågor", "assignee": { "role": "Facilitator" }, "readers": ["HR"] } },
            { "id": "handover", "type": "UserTask", "phase": "explore", "inputs": { "title": "Överlämning", "assignee": { "role": "Facilitator" }, "tags": ["handover"] } }
          ],
          "connections": [ { "from": "start", "to": "insights" }, { "from": "start", "to": "staffing" }, { "from": "start", "to": "handover" } ]
        }
        """;

    [Fact]
    public async Task Search_FindsOnlyWhatTheReaderMayRead_WhenAnEntryComesFromAStepWithItsOwnReaders()
    {
        // Arrange
        var lab = await LabAsync("Fia Läsregel");
        var open = await PublishedAsync(lab, "insights", "Förskolor i nordost", "Barnen ville ha fler utflykter.");
        var restricted = await PublishedAsync(lab, "staffing", "Förskolor och bemanning", "Sjukfrånvaron bland förskollärarna var hög.");
        var coordinator = await SignedInAsync("Kim Koordinator", [Role.Coordinator]);

        // Act
        var asCoordinator = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/knowledge?q=förskolan");
        var asHr = await lab.Hr.GetFromJsonAsync<JsonElement>("/api/v1/knowledge?q=förskolan");
        using var hiddenEntry = await coordinator.GetAsync($"/api/v1/knowledge/{restricted}");
        var coordinatorText = asCoordinator.GetRawText();

        // Assert
        Assert.Equal([open], Ids(asCoordinator));
        Assert.DoesNotContain("Sjukfrånvaro", coordinatorText, StringComparison.Ordinal);
        Assert.DoesNotContain("bemanning", coordinatorText, StringComparison.Ordinal);
        Assert.Equal(new HashSet<Guid> { open, restricted }, Ids(asHr).ToHashSet());
        Assert.Equal(HttpStatusCode.NotFound, hiddenEntry.StatusCode);
    }

    [Fact]
    public async Task Search_FindsOnlyPublishedEntries_WhenAParticipantSearches()
    {
        // Arrange
        var lab = await LabAsync("Fia Deltagare");
        var published = await PublishedAsync(lab, "insights", "Idéer om läxhjälp", "Idéerna kom från eleverna.");
        var draft = await DraftAsync(lab, "insights", "Idéer som inte är klara", "Idéerna är inte granskade.");
        var participant = await SignedInAsync("Pia Deltagare", [Role.Participant]);

        // Act
        var found = await participant.GetFromJsonAsync<JsonElement>("/api/v1/knowledge?q=idé");
        using var draftRead = await participant.GetAsync($"/api/v1/knowledge/{draft}");

        // Assert
        Assert.Equal([published], Ids(found));
        Assert.Equal(HttpStatusCode.NotFound, draftRead.StatusCode);
    }

    [Fact]
    public async Task Publish_Answers400PerField_WhenTheTextHoldsPersonalDataOrIsNotConfirmed()
    {
        // Arrange
        var lab = await LabAsync("Fia Personuppgift");
        var entry = await DraftAsync(lab, "insights", "Kontakt", "Ring Fia Personuppgift på 070-123 45 67 eller skriv till fia@example.org.");
        lab.Facilitator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        // Act
        using var refused = await lab.Facilitator.PostAsJsonAsync($"/api/v1/knowledge/{entry}/publish", new { confirmNoPersonalData = false });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(
            "The text seems to hold personal data (fia@example.org, 070-123 45 67, Fia Personuppgift). Remove it before publishing: everyone in the city reads the knowledge bank.",
            errors.GetProperty("text")[0].GetString());
        Assert.StartsWith("Confirm that the entry holds no personal data", errors.GetProperty("confirmNoPersonalData")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_Answers403_WhenTheCallerDoesNotManageTheLab()
    {
        // Arrange
        var lab = await LabAsync("Fia Förbjuden");

        // Act
        using var refused = await lab.Hr.PostAsJsonAsync($"/api/v1/labs/{lab.Id}/knowledge", new { kind = "Insight", title = "Titel", text = "Text" });

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("forbidden", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Search_OffersTheLabReportOnlyToReadersWhoMayExportIt_WhenBothSeeTheLab()
    {
        // Arrange: a participant of the administration sees the lab but may not export its report.
        var lab = await LabAsync("Fia Rapport");
        var entry = await PublishedAsync(lab, "insights", "Rapportlänk om utflykter", "Barnen ville ha fler utflykter.");
        var participant = await SignedInAsync("Pia Rapport", [Role.Participant]);

        // Act
        var asFacilitator = Hit(await lab.Facilitator.GetFromJsonAsync<JsonElement>("/api/v1/knowledge?q=rapportlänk"), entry);
        var asParticipant = Hit(await participant.GetFromJsonAsync<JsonElement>("/api/v1/knowledge?q=rapportlänk"), entry);
        using var report = await participant.GetAsync($"/api/v1/labs/{lab.Id}/report.docx");

        // Assert
        Assert.True(asFacilitator.GetProperty("mayOpenReport").GetBoolean());
        Assert.Equal(lab.Id, asParticipant.GetProperty("labId").GetGuid());
        Assert.False(asParticipant.GetProperty("mayOpenReport").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, report.StatusCode);
    }

    [Fact]
    public async Task ExploreSuggestions_ShowsAnotherLabsEntryToAParticipant_WhileTheNewLabExplores()
    {
        // Arrange: both labs ask "Hur kan vi göra förskolan mer jämlik?" and are in their explore phase; the entry shares "jämlik".
        var earlier = await LabAsync("Fia Tidigare");
        var entry = await PublishedAsync(earlier, "insights", "Jämlika utflykter i nordost", "Barnen ville ha fler utflykter.");
        var later = await LabAsync("Fia Senare");
        var participant = await factory.CreatePersonAsync("Pia Utforskar", [Role.Participant]);

        // Act
        var inLater = await InScopeAsync<KnowledgeService, IReadOnlyList<KnowledgeHit>>(k => k.ExploreSuggestionsAsync(later.Id, participant.Id, CancellationToken.None));
        var inEarlier = await InScopeAsync<KnowledgeService, IReadOnlyList<KnowledgeHit>>(k => k.ExploreSuggestionsAsync(earlier.Id, participant.Id, CancellationToken.None));

        // Assert
        Assert.Contains(entry, inLater.Select(h => h.Entry.Id));
        Assert.DoesNotContain(entry, inEarlier.Select(h => h.Entry.Id));
    }

    [Fact]
    public async Task OffersPublishing_IsTrueOnlyOnTheStepTaggedHandover_WhenTheFlowTagsOne()
    {
        // Arrange
        var lab = await LabAsync("Fia Överlämning");

        // Act
        var onHandover = await InScopeAsync<KnowledgeService, bool>(k => k.OffersPublishingAsync(lab.Id, "handover", CancellationToken.None));
        var onInsights = await InScopeAsync<KnowledgeService, bool>(k => k.OffersPublishingAsync(lab.Id, "insights", CancellationToken.None));

        // Assert
        Assert.True(onHandover);
        Assert.False(onInsights);
    }

    [Fact]
    public async Task PublishChosen_PublishesNoneAndNamesTheEntry_WhenOneChosenDraftHoldsPersonalData()
    {
        // Arrange
        var lab = await LabAsync("Fia Urval");
        var clean = await DraftAsync(lab, "insights", "Valda lärdomar om skolgårdar", "Skolgårdarna behövde fler platser att sitta.");
        var leaky = await DraftAsync(lab, "insights", "Valda lärdomar med e-post", "Skriv till urval@example.org.");
        lab.Facilitator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        // Act
        using var refused = await lab.Facilitator.PostAsJsonAsync($"/api/v1/labs/{lab.Id}/knowledge/publish", new { entryIds = new[] { clean, leaky }, confirmNoPersonalData = true });
        var afterRefusal = await lab.Facilitator.GetFromJsonAsync<JsonElement>("/api/v1/knowledge?q=skolgårdar");
        using var accepted = await lab.Facilitator.PostAsJsonAsync($"/api/v1/labs/{lab.Id}/knowledge/publish", new { entryIds = new[] { clean }, confirmNoPersonalData = true });
        var afterPublishing = await lab.Facilitator.GetFromJsonAsync<JsonElement>("/api/v1/knowledge?q=skolgårdar");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("The text seems to hold personal data (urval@example.org)", errors.GetProperty("entries[1].text")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(Ids(afterRefusal));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal([clean], Ids(afterPublishing));
    }

    [Fact]
    public async Task PersonalData_ExportsTheEntriesTheyDrafted_AndErasureReplacesTheirNameInThem()
    {
        // Arrange: a draft names the facilitator (drafts are not checked until published).
        var lab = await LabAsync("Fia Raderas");
        var entry = await DraftAsync(lab, "insights", "Anteckning", "Fia Raderas ledde intervjuerna.");
        var admin = await factory.CreatePersonAsync("Ada Admin", [Role.Admin]);
        var facilitatorId = (await InScopeAsync<IKnowledgeStore, KnowledgeEntry?>(s => s.FindAsync(entry, CancellationToken.None)))!.CreatedBy;

        // Act
        var export = await InScopeAsync<PersonalDataService, PersonalDataExport>(p => p.ExportAsync(facilitatorId, facilitatorId, CancellationToken.None));
        var decision = await InScopeAsync<PersonalDataService, ErasureDecision>(p => p.EraseAsync(admin.Id, facilitatorId, "Begäran om radering", CancellationToken.None));
        var erased = await InScopeAsync<IKnowledgeStore, KnowledgeEntry?>(s => s.FindAsync(entry, CancellationToken.None));

        // Assert
        var exported = Assert.Single(export.KnowledgeEntries);
        Assert.Equal((entry, true, false), (exported.Id, exported.Drafted, exported.Published));
        Assert.Equal($"{decision.Pseudonym} ledde intervjuerna.", erased!.Text);
    }

    [Fact]
    public async Task Erasure_TakesTheNameOutOfTheSearchIndex_WhenAnAdministratorPublishedAnEntryNamingThemselves()
    {
        // Arrange: an administrator manages the lab without being on it, so their own name passes the check.
        var lab = await LabAsync("Fia Index");
        var writer = await factory.CreatePersonAsync("Ada Skribentsson", [Role.Admin]);
        var eraser = await factory.CreatePersonAsync("Eva Admin", [Role.Admin]);
        var entry = await InScopeAsync<KnowledgeService, KnowledgeEntry>(k => k.DraftAsync(lab.Id, writer.Id, new KnowledgeEntryInput(KnowledgeKind.Insight, "Utflykter", "Ada Skribentsson ordnade utflykterna."), CancellationToken.None));
        await InScopeAsync<KnowledgeService, KnowledgeEntry>(k => k.PublishAsync(entry.Id, writer.Id, true, CancellationToken.None));
        var before = await InScopeAsync<IKnowledgeStore, IReadOnlyList<KnowledgeEntry>>(s => s.SearchAsync(new KnowledgeSearchQuery("skribentsson"), 10, CancellationToken.None));

        // Act
        await InScopeAsync<PersonalDataService, ErasureDecision>(p => p.EraseAsync(eraser.Id, writer.Id, "Begäran om radering", CancellationToken.None));
        var after = await InScopeAsync<IKnowledgeStore, IReadOnlyList<KnowledgeEntry>>(s => s.SearchAsync(new KnowledgeSearchQuery("skribentsson"), 10, CancellationToken.None));

        // Assert
        Assert.Equal([entry.Id], before.Select(e => e.Id));
        Assert.Empty(after);
    }

    private async Task<T> InScopeAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private static JsonElement Hit(JsonElement hits, Guid entryId) =>
        hits.EnumerateArray().Single(h => h.GetProperty("entry").GetProperty("id").GetGuid() == entryId);

    private static List<Guid> Ids(JsonElement hits) => [.. hits.EnumerateArray().Select(h => h.GetProperty("entry").GetProperty("id").GetGuid())];

    private async Task<Guid> PublishedAsync(TestLab lab, string activityId, string title, string text)
    {
        var id = await DraftAsync(lab, activityId, title, text);
        using var published = await lab.Facilitator.PostAsJsonAsync($"/api/v1/knowledge/{id}/publish", new { confirmNoPersonalData = true });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return id;
    }

    private static async Task<Guid> DraftAsync(TestLab lab, string activityId, string title, string text)
    {
        using var drafted = await lab.Facilitator.PostAsJsonAsync(
            $"/api/v1/labs/{lab.Id}/knowledge", new { kind = "Insight", title, text, sourceTaskId = lab.Tasks[activityId], targetAreas = new[] { "goodStart" } });
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        return (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<HttpClient> SignedInAsync(string name, Role[] memberships)
    {
        var person = await factory.CreatePersonAsync(name, memberships);
        return await factory.SignInAsync(person.Email);
    }

    /// <summary>A new lab of the flow with a facilitator and an HR expert named on it, both signed in, and its tasks by step.</summary>
    private async Task<TestLab> LabAsync(string facilitatorName)
    {
        await PublishOnceAsync();
        var facilitatorPerson = await factory.CreatePersonAsync(facilitatorName, [Role.Facilitator]);
        var hrPerson = await factory.CreatePersonAsync("Hanna HR", [Role.HR]);
        var facilitator = await factory.SignInAsync(facilitatorPerson.Email);
        using var launched = await facilitator.PostAsJsonAsync("/api/v1/labs", new
        {
            definitionId = FlowId,
            title = "Jämlik förskola",
            administrationId = LabFlowApiFactory.AdministrationId,
            challenge = "Hur kan vi göra förskolan mer jämlik?",
            startDate = "2030-03-04",
            people = new object[] { new { personId = facilitatorPerson.Id, role = "Facilitator" }, new { personId = hrPerson.Id, role = "HR" } },
        });
        Assert.Equal(HttpStatusCode.Created, launched.StatusCode);
        var labId = (await launched.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var tasks = await facilitator.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?labId={labId}");
        var byStep = tasks.GetProperty("items").EnumerateArray().ToDictionary(t => t.GetProperty("activityId").GetString()!, t => t.GetProperty("id").GetGuid());
        return new TestLab(labId, facilitator, await factory.SignInAsync(hrPerson.Email), byStep);
    }

    private async Task PublishOnceAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>();
        if (await store.FindLatestAsync(FlowId, CancellationToken.None) is not null)
        {
            return;
        }

        var result = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionLoader>().Load("test", Flow);
        await store.PublishAsync(result.Definition!, "test", Guid.NewGuid().ToString("N"), CancellationToken.None);
    }

    private sealed record TestLab(Guid Id, HttpClient Facilitator, HttpClient Hr, IReadOnlyDictionary<string, Guid> Tasks);
}
