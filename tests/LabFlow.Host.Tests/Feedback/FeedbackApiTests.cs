using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Authorization;
using LabFlow.Host.Tests.Identity;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Feedback;

/// <summary>
/// Feedback through the API on real SQLite, with the designer's reply emailed over real SMTP (netDumbster on
/// 127.0.0.1): a facilitator rates a step and suggests an improvement, a designer answers, the facilitator gets it.
/// </summary>
public sealed class FeedbackApiTests(SmtpApiFactory factory) : IClassFixture<SmtpApiFactory>
{
    private const string FlowId = "feedback-api";

    private static readonly TimeSpan EmailTimeout = TimeSpan.FromSeconds(30);

    private const string Flow = """
        {
          "id": "feedback-api",
          "version": 1,
          "name": "Feedback API",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "interview", "type": "UserTask", "inputs": { "title": "Intervjua medarbetare", "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": 4 } } }
          ],
          "connections": [ { "from": "start", "to": "interview" } ]
        }
        """;

    [Fact]
    public async Task AnswerSuggestion_EmailsTheReplyOverSmtp_WhenADesignerRepliesToAFacilitatorsSuggestion()
    {
        // Arrange
        // The suggester is a coordinator named on the lab (the step is the facilitator's), so the reply is the only email they get.
        var coordinatorPerson = await factory.CreatePersonAsync("Kim Koordinator", [Role.Coordinator]);
        var (_, _, taskId) = await LabWithTaskAsync("Fia Feedback", member: coordinatorPerson);
        using var coordinator = await factory.SignInAsync(coordinatorPerson.Email);
        var designerPerson = await factory.CreatePersonAsync("Dana Designer", organisationRoles: [LabFlowRoles.Designer]);
        using var designer = await factory.SignInAsync(designerPerson.Email);
        using var rated = await coordinator.PostAsJsonAsync($"/api/v1/tasks/{taskId}/feedback", new { rating = 4, worked = "Bra frågor" });
        using var suggested = await coordinator.PostAsJsonAsync($"/api/v1/flows/{FlowId}/suggestions", new { taskId, text = "Ge intervjuerna två veckor." });
        var suggestionId = (await suggested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // Act
        var inbox = await designer.GetFromJsonAsync<JsonElement>($"/api/v1/flows/{FlowId}/suggestions?status=New");
        using var answered = await designer.PutAsJsonAsync($"/api/v1/flows/{FlowId}/suggestions/{suggestionId}", new { status = "Planned", reply = "Vi ändrar det i version 2." });
        var email = await factory.WaitForEmailToAsync(coordinatorPerson.Email, EmailTimeout);

        // Assert
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        Assert.Equal(HttpStatusCode.Created, suggested.StatusCode);
        Assert.Equal("Ge intervjuerna två veckor.", Assert.Single(inbox.EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("Planned", (await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal($"Svar på ditt förbättringsförslag till flödet {FlowId}", email.Subject);
        Assert.Contains("Dana Designer i projektteamet har svarat på ditt förslag", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Förslaget är nu: planerat.", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Vi ändrar det i version 2.", email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/tasks/{taskId}", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GiveFeedback_Answers403WithCode_WhenTheCallerIsNotOnTheLab()
    {
        // Arrange: a sponsor of the same administration sees the lab but is not on it.
        var (_, _, taskId) = await LabWithTaskAsync("Fia Forbidden");
        var sponsorPerson = await factory.CreatePersonAsync("Sam Sponsor", [Role.Sponsor]);
        using var sponsor = await factory.SignInAsync(sponsorPerson.Email);
        sponsor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        // Act
        using var refused = await sponsor.PostAsJsonAsync($"/api/v1/tasks/{taskId}/feedback", new { rating = 5 });
        using var inbox = await sponsor.GetAsync($"/api/v1/flows/{FlowId}/suggestions");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("forbidden", problem.GetProperty("code").GetString());
        Assert.StartsWith($"You are not part of the work that task {taskId} belongs to.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, inbox.StatusCode);
    }

    [Fact]
    public async Task GiveFeedback_Answers400PerField_WhenTheRatingIsOutOfRange()
    {
        // Arrange
        var (_, facilitator, taskId) = await LabWithTaskAsync("Fia Field");

        // Act
        using var refused = await facilitator.PostAsJsonAsync($"/api/v1/tasks/{taskId}/feedback", new { rating = 0 });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Betyget måste vara ett heltal från 1 till 5; du skickade 0.", problem.GetProperty("errors").GetProperty("rating")[0].GetString());
    }

    [Fact]
    public async Task GetStatistics_CountsTheRatedStep_WhenADesignerAsks()
    {
        // Arrange: statistics read every lab of the flow, so this test's own flow id keeps other tests' labs out.
        var (_, facilitator, taskId) = await LabWithTaskAsync("Fia Statistik", flowId: "feedback-statistics");
        using var rated = await facilitator.PostAsJsonAsync($"/api/v1/tasks/{taskId}/feedback", new { rating = 3, didNotWork = "För kort tid" });
        var designerPerson = await factory.CreatePersonAsync("Dag Designer", organisationRoles: [LabFlowRoles.Designer]);
        using var designer = await factory.SignInAsync(designerPerson.Email);

        // Act
        var statistics = await designer.GetFromJsonAsync<JsonElement>("/api/v1/flows/feedback-statistics/statistics");
        var task = await facilitator.GetFromJsonAsync<JsonElement>($"/api/v1/tasks/{taskId}");
        var created = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(task.GetProperty("createdAt").GetDateTimeOffset(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).DateTime);
        var planned = DateOnly.Parse(task.GetProperty("due").GetString()!, System.Globalization.CultureInfo.InvariantCulture).DayNumber - created.DayNumber;
        using var asFacilitator = await facilitator.GetAsync("/api/v1/flows/feedback-statistics/statistics");

        // Assert
        Assert.Equal(1, statistics.GetProperty("labs").GetInt32());
        var step = Assert.Single(statistics.GetProperty("steps").EnumerateArray());
        Assert.Equal("interview", step.GetProperty("activityId").GetString());
        Assert.Equal(1, step.GetProperty("runs").GetInt32());
        Assert.Equal(0, step.GetProperty("completed").GetInt32());
        Assert.Equal(planned, step.GetProperty("plannedDays").GetDouble());
        Assert.Equal(3, step.GetProperty("averageRating").GetDouble());
        Assert.Equal("För kort tid", Assert.Single(step.GetProperty("latestComments").EnumerateArray()).GetProperty("didNotWork").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, asFacilitator.StatusCode);
    }

    /// <summary>A facilitator (signed in) on a new lab of the flow, and the id of its one open task.</summary>
    /// <remarks><paramref name="member"/>, when given, is named on the lab as a coordinator.</remarks>
    private async Task<(Person Person, HttpClient Client, Guid TaskId)> LabWithTaskAsync(string name, string flowId = FlowId, Person? member = null)
    {
        await PublishOnceAsync(flowId);
        var person = await factory.CreatePersonAsync(name, [Role.Facilitator]);
        var client = await factory.SignInAsync(person.Email);
        using var launched = await client.PostAsJsonAsync("/api/v1/labs", new
        {
            definitionId = flowId,
            title = "Jämlik rekrytering",
            administrationId = LabFlowApiFactory.AdministrationId,
            challenge = "Hur kan vi rekrytera mer jämlikt?",
            startDate = "2030-03-04",
            people = member is null
                ? new object[] { new { personId = person.Id, role = "Facilitator" } }
                : [new { personId = person.Id, role = "Facilitator" }, new { personId = member.Id, role = "Coordinator" }],
        });
        Assert.Equal(HttpStatusCode.Created, launched.StatusCode);
        var labId = (await launched.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var tasks = await client.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?labId={labId}");
        return (person, client, Assert.Single(tasks.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    private async Task PublishOnceAsync(string flowId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>();
        if (await store.FindLatestAsync(flowId, CancellationToken.None) is not null)
        {
            return;
        }

        var result = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionLoader>().Load("test", Flow.Replace(FlowId, flowId, StringComparison.Ordinal));
        await store.PublishAsync(result.Definition!, "test", Guid.NewGuid().ToString("N"), CancellationToken.None);
    }
}
