using System.Net;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>
/// The rights matrix over answers through the API and the emails: each role × a normal, an HR-sensitive and a shared
/// step → sees the answers or only that the step exists. The lab has a facilitator, a coordinator (who does every
/// step), a communicator, HR, a sponsor and a participant as its people; the administrator and a second coordinator
/// are members of the administration without being named on the lab.
/// </summary>
public sealed class AnswerRightsMatrixTests(AnswerRightsMatrixTests.Fixture fixture) : IClassFixture<AnswerRightsMatrixTests.Fixture>
{
    private const string Flow = """
        {
          "id": "answer-rights",
          "version": 1,
          "name": "Answer rights",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "normal", "type": "UserTask", "inputs": { "title": "Vanligt steg", "assignee": { "role": "Coordinator" },
              "form": [ { "key": "note", "type": "Text", "label": "Anteckning" } ] } },
            { "id": "sensitive", "type": "UserTask", "inputs": { "title": "Lönekartläggning", "assignee": { "role": "Coordinator" },
              "readers": ["HR", "Sponsor", "Facilitator", "doers"],
              "form": [ { "key": "note", "type": "Text", "label": "Anteckning" } ] } },
            { "id": "shared", "type": "UserTask", "inputs": { "title": "Delat steg", "assignee": { "role": "Coordinator" },
              "readers": ["Facilitator", "Coordinator", "Communicator", "HR", "Sponsor", "Participant"],
              "form": [ { "key": "note", "type": "Text", "label": "Anteckning" } ] } },
            { "id": "quote", "type": "SendEmail", "inputs": {
              "to": [ { "role": "Facilitator" }, { "role": "Communicator" }, { "role": "HR" }, { "role": "Sponsor" }, { "role": "Participant" } ],
              "subject": "Lönekartläggningen är klar",
              "body": { "liquid": "Resultat: {{ tasks.sensitive.note }}" } } }
          ],
          "connections": [
            { "from": "start", "to": "normal" }, { "from": "start", "to": "sensitive" }, { "from": "start", "to": "shared" },
            { "from": "sensitive", "to": "quote" }
          ]
        }
        """;

    //                                                            normal sensitive shared
    [Theory]
    [InlineData("Admin", "                                        sees   hidden    hidden")]
    [InlineData("Facilitator", "                                  sees   sees      sees")]
    [InlineData("Coordinator", "                                  sees   sees      sees")]
    [InlineData("Communicator", "                                 sees   hidden    sees")]
    [InlineData("HR", "                                           sees   sees      sees")]
    [InlineData("Sponsor", "                                      sees   sees      sees")]
    [InlineData("Participant", "                                  hidden hidden    sees")]
    [InlineData("MemberCoordinator", "                            hidden hidden    hidden")]
    public async Task GetTaskAndGetLab_ShowAnswersOnlyToReaders_ForEachRoleAndKindOfStep(string column, string expected)
    {
        // Arrange
        var scenario = await fixture.CompletedScenarioAsync();
        var client = fixture.Clients[column];
        var actualFromTask = new List<string>();
        var actualFromLab = new List<string>();

        // Act
        using var lab = await client.GetAsync($"/api/v1/labs/{scenario.LabId}");
        var labBody = await lab.Content.ReadAsStringAsync();
        foreach (var step in Fixture.Steps)
        {
            using var task = await client.GetAsync($"/api/v1/tasks/{scenario.TaskIds[step]}");
            Assert.Equal(HttpStatusCode.OK, task.StatusCode);
            var taskBody = await task.Content.ReadAsStringAsync();

            // Whoever sees the task sees that it is done, answers or not.
            Assert.Contains("\"status\":\"Completed\"", taskBody, StringComparison.Ordinal);
            actualFromTask.Add(taskBody.Contains(Fixture.Secret(step), StringComparison.Ordinal) ? "sees" : "hidden");
            actualFromLab.Add(labBody.Contains(Fixture.Secret(step), StringComparison.Ordinal) ? "sees" : "hidden");
        }

        // Assert
        Assert.Equal(HttpStatusCode.OK, lab.StatusCode);
        var cells = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(cells, actualFromTask);
        Assert.Equal(cells, actualFromLab);
    }

    [Fact]
    public async Task SendEmail_QuotesASensitiveStepOnlyToItsReaders_WhenTheBodyReadsItsAnswers()
    {
        // Arrange
        var scenario = await fixture.CompletedScenarioAsync();

        // Act
        var emails = await fixture.Factory.InScopeAsync(services =>
            services.GetRequiredService<IEmailStore>().ListAsync(new EmailMessageQuery(InstanceId: scenario.LabId), CancellationToken.None));

        // Assert
        var quoted = emails.Where(e => e.Template == EmailTemplates.Custom).ToList();
        Assert.All(quoted, e => Assert.Contains(Fixture.Secret("sensitive"), e.TextBody, StringComparison.Ordinal));
        Assert.Equal(
            new[] { "Facilitator", "HR", "Sponsor" },
            quoted.Select(e => fixture.ColumnOf(e.RecipientPersonId)).Order(StringComparer.Ordinal));
    }

    public sealed record Scenario(Guid LabId, IReadOnlyDictionary<string, Guid> TaskIds);

    /// <summary>One Host, the people signed in, and one lab whose three steps the coordinator completed.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public static readonly IReadOnlyList<string> Steps = ["normal", "sensitive", "shared"];

        private readonly Dictionary<string, Person> _people = [];
        private Scenario? _scenario;

        public ApiResourcesFactory Factory { get; } = new();

        public Dictionary<string, HttpClient> Clients { get; } = [];

        public static string Secret(string step) => $"svar-{step}-7f3a";

        public string ColumnOf(Guid? personId) => _people.Single(p => p.Value.Id == personId).Key;

        public async Task InitializeAsync()
        {
            await Factory.PublishAsync(Flow);
            foreach (var (column, role) in new[]
            {
                ("Admin", Role.Admin), ("Facilitator", Role.Facilitator), ("Coordinator", Role.Coordinator), ("Communicator", Role.Communicator),
                ("HR", Role.HR), ("Sponsor", Role.Sponsor), ("Participant", Role.Participant), ("MemberCoordinator", Role.Coordinator),
            })
            {
                var (person, client) = await Factory.CreateSignedInAsync($"Svar {column}", ApiResourcesFactory.Own, role);
                _people[column] = person;
                Clients[column] = client;
            }
        }

        public async Task<Scenario> CompletedScenarioAsync()
        {
            if (_scenario is not null)
            {
                return _scenario;
            }

            var lab = await Factory.InScopeAsync(services => services.GetRequiredService<LabService>().LaunchAsync(
                new LaunchLabRequest(
                    "answer-rights",
                    "Svarslabb",
                    ApiResourcesFactory.Own,
                    "Hur kan vi skydda svaren?",
                    new DateOnly(2030, 3, 4),
                    [
                        .. new[] { "Facilitator", "Coordinator", "Communicator", "HR", "Sponsor", "Participant" }
                            .Select(column => new LabMember(_people[column].Id, Enum.Parse<Role>(column))),
                    ]),
                _people["Facilitator"].Id,
                CancellationToken.None));
            var tasks = await Factory.InScopeAsync(services => services.GetRequiredService<ITaskStore>().ListByLabAsync(lab.Id, CancellationToken.None));
            var ids = Steps.ToDictionary(step => step, step => tasks.Single(t => t.ActivityId == step).Id);
            foreach (var step in Steps)
            {
                using var completed = await Clients["Coordinator"].PostAsync(
                    $"/api/v1/tasks/{ids[step]}/complete", ApiResourcesFactory.Json(new { answers = new { note = Secret(step) } }));
                Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
            }

            return _scenario = new Scenario(lab.Id, ids);
        }

        public Task DisposeAsync()
        {
            foreach (var client in Clients.Values)
            {
                client.Dispose();
            }

            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
