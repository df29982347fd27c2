using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>A lab from published flow to a moved phase, through the API alone.</summary>
public sealed class LabStoryApiTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    [Fact]
    public async Task Lab_MovesToTheNextPhase_WhenTheCoordinatorCompletesTheFirstTaskThroughTheApi()
    {
        var (_, designer) = await factory.CreateSignedInAsync("Dana Designer", ApiResourcesFactory.Own, Role.Designer);
        var (facilitatorPerson, facilitator) = await factory.CreateSignedInAsync("Fia Facilitator", ApiResourcesFactory.Own, Role.Facilitator);
        var (coordinatorPerson, coordinator) = await factory.CreateSignedInAsync("Kim Coordinator", ApiResourcesFactory.Own, Role.Coordinator);

        // A designer publishes the flow.
        using (var draft = await designer.PostAsync("/api/v1/flows", ApiResourcesFactory.Json(ApiFlows.Story)))
        {
            Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        }

        using (var published = await designer.PostAsync("/api/v1/flows/api-story/publish", null))
        {
            Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        }

        // A facilitator launches a lab on it.
        using var launched = await facilitator.PostAsync("/api/v1/labs", ApiResourcesFactory.Json(new
        {
            definitionId = "api-story",
            title = "Jämlik rekrytering",
            administrationId = ApiResourcesFactory.Own,
            challenge = "Hur kan vi rekrytera mer jämlikt?",
            startDate = "2030-03-04",
            people = new object[]
            {
                new { personId = facilitatorPerson.Id, role = "Facilitator" },
                new { personId = coordinatorPerson.Id, role = "Coordinator" },
            },
        }));
        Assert.Equal(HttpStatusCode.Created, launched.StatusCode);
        var labId = (await ApiResourcesFactory.ReadJsonAsync(launched)).GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/labs/{labId}", launched.Headers.Location?.OriginalString);

        // The coordinator sees the first task among their tasks.
        var mine = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?labId={labId}");
        var task = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal("Rapportera intervjuer", task.GetProperty("title").GetProperty("sv").GetString());
        Assert.Equal(coordinatorPerson.Id, task.GetProperty("assigneeId").GetGuid());
        Assert.Equal("2030-03-22", task.GetProperty("due").GetString());
        var taskId = task.GetProperty("id").GetGuid();

        // Wrong answers: every field's error by path, in Swedish, and in English on request.
        using var invalid = await coordinator.PostAsync($"/api/v1/tasks/{taskId}/complete", ApiResourcesFactory.Json("""{ "answers": { "interviews": 99 } }"""));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await ApiResourcesFactory.ReadJsonAsync(invalid);
        Assert.Equal("2 svar behöver rättas innan uppgiften 'Rapportera intervjuer' kan slutföras.", problem.GetProperty("detail").GetString());
        Assert.Equal("Talet får inte vara större än 50.", problem.GetProperty("errors").GetProperty("interviews")[0].GetString());
        Assert.Equal("Fältet måste fyllas i.", problem.GetProperty("errors").GetProperty("summary")[0].GetString());

        using var english = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{taskId}/complete") { Content = ApiResourcesFactory.Json("""{ "answers": { "interviews": 99 } }""") };
        english.Headers.AcceptLanguage.ParseAdd("en");
        using var invalidEnglish = await coordinator.SendAsync(english);
        var englishProblem = await ApiResourcesFactory.ReadJsonAsync(invalidEnglish);
        Assert.Equal("2 answer(s) need fixing before task 'Rapportera intervjuer' can be completed.", englishProblem.GetProperty("detail").GetString());
        var englishErrors = englishProblem.GetProperty("errors");
        Assert.Equal("The number may not be greater than 50.", englishErrors.GetProperty("interviews")[0].GetString());
        Assert.Equal("This field is required.", englishErrors.GetProperty("summary")[0].GetString());

        // Right answers complete it.
        using var completed = await coordinator.PostAsync($"/api/v1/tasks/{taskId}/complete", ApiResourcesFactory.Json(new { answers = new { interviews = 12, summary = "Tolv intervjuer." } }));
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("Completed", (await ApiResourcesFactory.ReadJsonAsync(completed)).GetProperty("status").GetString());

        // The lab moved from explore to ideate.
        var lab = await facilitator.GetFromJsonAsync<JsonElement>($"/api/v1/labs/{labId}");
        Assert.Equal(["ideate"], lab.GetProperty("activePhases").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(
            ["explore:Done", "ideate:Active"],
            lab.GetProperty("phases").EnumerateArray().Select(p => $"{p.GetProperty("phaseId").GetString()}:{p.GetProperty("state").GetString()}"));
        Assert.Contains(lab.GetProperty("tasks").EnumerateArray(), t => t.GetProperty("activityId").GetString() == "next" && t.GetProperty("assigneeId").GetGuid() == facilitatorPerson.Id);

        // A second completion of the same task lost the race.
        using var again = await coordinator.PostAsync($"/api/v1/tasks/{taskId}/complete", ApiResourcesFactory.Json(new { answers = new { interviews = 1, summary = "x" } }));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        // The list filters by phase and administration.
        var ideating = await facilitator.GetFromJsonAsync<JsonElement>($"/api/v1/labs?phase=ideate&administration={ApiResourcesFactory.Own}");
        Assert.Contains(ideating.GetProperty("items").EnumerateArray(), l => l.GetProperty("id").GetGuid() == labId);
        var exploring = await facilitator.GetFromJsonAsync<JsonElement>("/api/v1/labs?phase=explore");
        Assert.DoesNotContain(exploring.GetProperty("items").EnumerateArray(), l => l.GetProperty("id").GetGuid() == labId);
    }
}
