using System.Net;
using System.Text.Json;
using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>Bad requests get 400/413/415 with what to fix per field, never a 500, and change nothing.</summary>
public sealed class BadInputTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    private const string LaunchFields = """ "definitionId": "api-story", "title": "T", "administrationId": "grundskoleforvaltningen", "challenge": "Hur kan vi?" """;

    [Theory]
    [InlineData("{", "$", "the body is not valid JSON (line 1, position 2); fix the JSON syntax.")]
    [InlineData("{" + LaunchFields + ", \"startDate\": \"2030-03-04\", \"colour\": \"red\" }", "$.colour", "unknown field; remove it or check its spelling.")]
    [InlineData("{" + LaunchFields + ", \"startDate\": 5 }", "$.startDate", "the value has the wrong type; expected a date such as \"2027-01-31\".")]
    [InlineData("{" + LaunchFields + ", \"startDate\": \"2030-03-04\", \"people\": [ { \"personId\": \"nobody\", \"role\": \"Coordinator\" } ] }", "$.people[0].personId", "the value has the wrong type; expected an id (a GUID such as \"6f9619ff-8b86-d011-b42d-00cf4fc964ff\").")]
    [InlineData("{" + LaunchFields + ", \"startDate\": \"2030-03-04\", \"people\": [ { \"personId\": \"6f9619ff-8b86-d011-b42d-00cf4fc964ff\", \"role\": \"Boss\" } ] }", "$.people[0].role", "the value has the wrong type; expected one of \"Admin\", \"Designer\", \"Facilitator\", \"Coordinator\", \"Communicator\", \"HR\", \"Sponsor\", \"Participant\", \"ProjectLead\", \"TrainingCoordinator\", \"ProjectCommunicator\", \"EconomistAdministrator\", \"ProjectHR\".")]
    [InlineData("{ \"definitionId\": null, \"title\": \"T\", \"administrationId\": \"x\", \"challenge\": \"c\", \"startDate\": \"2030-03-04\" }", "$.definitionId", "the value may not be null.")]
    [InlineData("{ \"definitionId\": \"api-story\", \"title\": \"T\" }", "$", "required fields are missing: 'administrationId', 'challenge', 'startDate'.")]
    public async Task Launch_Answers400WithTheFieldAndWhatToFix_WhenTheBodyIsMalformed(string body, string path, string message)
    {
        using var admin = await AdminAsync();

        using var response = await admin.PostAsync("/api/v1/labs", ApiResourcesFactory.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiResourcesFactory.ReadJsonAsync(response);
        Assert.Equal(message, Assert.Single(problem.GetProperty("errors").GetProperty(path).EnumerateArray()).GetString());
        Assert.False(problem.TryGetProperty("exception", out _));
    }

    [Fact]
    public async Task Launch_Answers400WithEveryFieldsError_WhenTheValuesAreWrong()
    {
        using var admin = await AdminAsync("sv");

        using var response = await admin.PostAsync("/api/v1/labs", ApiResourcesFactory.Json(new
        {
            definitionId = "no-such-flow",
            title = " ",
            administrationId = ApiResourcesFactory.Own,
            challenge = new string('x', 2001),
            startDate = "2030-03-04",
            people = new[] { new { personId = Guid.Empty, role = "Coordinator" } },
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ApiResourcesFactory.ReadJsonAsync(response)).GetProperty("errors");
        Assert.Equal("Flödet 'no-such-flow' har ingen publicerad version; välj ett av de publicerade flödena.", errors.GetProperty("definitionId")[0].GetString());
        Assert.Equal("Fältet måste fyllas i.", errors.GetProperty("title")[0].GetString());
        Assert.Equal("Texten får vara högst 2000 tecken lång (den är 2001).", errors.GetProperty("challenge")[0].GetString());
        Assert.Equal($"Person {Guid.Empty} finns inte i katalogen; lägg till personen innan du lägger till den i ett labb.", errors.GetProperty("people[0].personId")[0].GetString());
    }

    [Fact]
    public async Task Requests_Answer413_WhenTheBodyIsOverOneMegabyte()
    {
        using var admin = await AdminAsync("sv");

        using var response = await admin.PostAsync("/api/v1/labs", ApiResourcesFactory.Json("{\"title\":\"" + new string('x', 1_100_000) + "\"}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Begärans innehåll är större än LabFlow tar emot; skicka mindre data.", (await ApiResourcesFactory.ReadJsonAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Launch_AnswersTheFieldErrorInSwedish_WhenTheCallerAsksForSwedish()
    {
        using var admin = await AdminAsync("sv");

        using var response = await admin.PostAsync("/api/v1/labs", ApiResourcesFactory.Json("{" + LaunchFields + ", \"startDate\": 5 }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiResourcesFactory.ReadJsonAsync(response);
        Assert.Equal(
            "värdet har fel typ; här ska det vara ett datum som \"2027-01-31\".",
            Assert.Single(problem.GetProperty("errors").GetProperty("$.startDate").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task ListLabs_Answers400NamingTheParameter_WhenAQueryValueIsWrong()
    {
        using var admin = await AdminAsync();

        using var response = await admin.GetAsync("/api/v1/labs?overdue=maybe");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("the value is not valid here; give true or false.", (await ApiResourcesFactory.ReadJsonAsync(response)).GetProperty("errors").GetProperty("overdue")[0].GetString());
    }

    [Fact]
    public async Task Import_Answers400WithEveryErrorByJsonPath_WhenTheFlowIsInvalid()
    {
        using var admin = await AdminAsync();

        using var response = await admin.PostAsync("/api/v1/flows/import", ApiResourcesFactory.Json(ApiFlows.Story
            .Replace("\"type\": \"UserTask\", \"phase\": \"explore\"", "\"type\": \"UserTsk\", \"phase\": \"explore\"", StringComparison.Ordinal)
            .Replace("{ \"from\": \"report\", \"to\": \"next\" }", "{ \"from\": \"report\", \"to\": \"nowhere\" }", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ApiResourcesFactory.ReadJsonAsync(response)).GetProperty("errors");
        Assert.Contains("unknown activity type 'UserTsk'", errors.GetProperty("$.activities[1].type")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("$.connections[1].to", out _));
    }

    /// <summary>
    /// Every POST/PUT endpoint with a body, sent a batch of malformed bodies by an administrator (who passes every
    /// policy) on real ids: no 500, only 400/413/415 with a problem, and not one row in the database changes.
    /// </summary>
    [Fact]
    public async Task EveryWriteEndpoint_RefusesMalformedBodiesWithoutA500_AndChangesNothing()
    {
        await factory.PublishAsync(ApiFlows.Matrix);
        var (adminPerson, admin) = await factory.CreateSignedInAsync("Batch Admin", ApiResourcesFactory.Own, Role.Admin);
        var coordinator = await factory.CreateMemberAsync("Batch Coordinator", ApiResourcesFactory.Own, Role.Coordinator);
        var participant = await factory.CreateMemberAsync("Batch Participant", ApiResourcesFactory.Own, Role.Participant);
        using var launched = await admin.PostAsync("/api/v1/labs", ApiResourcesFactory.Json(new
        {
            definitionId = "api-matrix",
            title = "Batch",
            administrationId = ApiResourcesFactory.Own,
            challenge = "Hur kan vi tåla fel?",
            startDate = "2030-03-04",
            people = new object[] { new { personId = coordinator.Id, role = "Coordinator" }, new { personId = participant.Id, role = "Participant" } },
        }));
        var lab = await ApiResourcesFactory.ReadJsonAsync(launched);
        var labId = lab.GetProperty("id").GetGuid();
        var details = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/labs/{labId}")).RootElement;
        var taskId = details.GetProperty("tasks").EnumerateArray().First(t => t.GetProperty("activityId").GetString() == "report").GetProperty("id").GetGuid();
        var collectionId = await factory.InScopeAsync(async services =>
            (await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<LabFlow.Activities.Collections.ICollectionStore>(services)
                .ListByLabAsync(labId, CancellationToken.None)).First().Id);

        // Validation answers 200 with the document's errors: it writes nothing, so only "no 500" matters there.
        (HttpMethod Method, string Path, bool BodyOptional)[] endpoints =
        [
            (HttpMethod.Post, "/api/v1/labs", false),
            (HttpMethod.Post, $"/api/v1/labs/{labId}/cancel", true),
            (HttpMethod.Put, $"/api/v1/labs/{labId}/start-date", false),
            (HttpMethod.Post, $"/api/v1/labs/{labId}/people", false),
            (HttpMethod.Post, $"/api/v1/labs/{labId}/tasks", false),
            (HttpMethod.Post, $"/api/v1/labs/{labId}/signals/go", true),
            (HttpMethod.Post, $"/api/v1/labs/{labId}/incidents/{details.GetProperty("incidents")[0].GetProperty("id").GetGuid()}/skip", false),
            (HttpMethod.Post, $"/api/v1/tasks/{taskId}/complete", false),
            (HttpMethod.Post, $"/api/v1/tasks/{taskId}/delegate", false),
            (HttpMethod.Post, $"/api/v1/tasks/{taskId}/reassign", false),
            (HttpMethod.Post, $"/api/v1/tasks/{taskId}/comments", false),
            (HttpMethod.Put, $"/api/v1/tasks/{taskId}/due", false),
            (HttpMethod.Post, $"/api/v1/tasks/{taskId}/skip", false),
            (HttpMethod.Post, "/api/v1/tasks/reassign-all", false),
            (HttpMethod.Post, $"/api/v1/collections/{collectionId}/submissions", false),
            (HttpMethod.Post, $"/api/v1/collections/{collectionId}/votes", false),
            (HttpMethod.Post, "/api/v1/people", false),
            (HttpMethod.Put, $"/api/v1/people/{coordinator.Id}", false),
            (HttpMethod.Post, $"/api/v1/people/{coordinator.Id}/deactivate", false),
            (HttpMethod.Post, $"/api/v1/people/{coordinator.Id}/memberships", false),
            (HttpMethod.Post, "/api/v1/flows", false),
            (HttpMethod.Put, "/api/v1/flows/api-matrix/draft", false),
            (HttpMethod.Post, "/api/v1/flows/validate", false),
            (HttpMethod.Post, "/api/v1/flows/import", false),
        ];
        string[] malformed =
        [
            "{", "{ \"a\": ", "[]", "\"text\"", "42", "{ \"unknownField\": 1 }", "{ \"startDate\": 5, \"due\": true, \"toPersonId\": \"x\", \"answers\": 3, \"ideaIds\": \"y\" }",
            "{ \"title\": 5 }", "\u0001\u0002", "{ \"note\": \"" + new string('x', 1_100_000) + "\" }",
        ];
        string[] malformedWhenRequired = ["", "null"];
        var before = await factory.SnapshotAsync();

        var answers = new List<string>();
        foreach (var (method, path, optional) in endpoints)
        {
            foreach (var body in optional ? malformed : [.. malformed, .. malformedWhenRequired])
            {
                using var request = new HttpRequestMessage(method, path) { Content = ApiResourcesFactory.Json(body) };
                using var response = await admin.SendAsync(request);
                var status = (int)response.StatusCode;
                var isProblem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
                var validateOnly = path.EndsWith("/validate", StringComparison.Ordinal) && status == 200;
                if (!validateOnly && (status is not (400 or 413 or 415) || !isProblem))
                {
                    answers.Add($"{method} {path} with {body[..Math.Min(40, body.Length)]}: {status} {response.Content.Headers.ContentType?.MediaType}");
                }
            }
        }

        Assert.Empty(answers);
        var after = await factory.SnapshotAsync();
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, table => Assert.True(table.Value == after[table.Key], $"Table {table.Key} changed."));
        Assert.NotEqual(Guid.Empty, adminPerson.Id);
    }

    /// <summary>A signed-in administrator whose requests ask for <paramref name="language"/> (most messages here are checked in English).</summary>
    private async Task<HttpClient> AdminAsync(string language = "en")
    {
        var client = (await factory.CreateSignedInAsync("Admin " + Guid.NewGuid().ToString("N")[..6], ApiResourcesFactory.Own, Role.Admin)).Client;
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }
}
