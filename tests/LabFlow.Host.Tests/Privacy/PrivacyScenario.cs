using System.Net;
using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Tests.ApiResources;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Privacy;

/// <summary>
/// One lab of the privacy flow: a coordinator (the subject) answers an interview step with a personal quote and
/// comments on it; HR answers a sensitive pay step the coordinator is kept informed about, and a normal step. The
/// coordinator also submits an idea and, once the facilitator closed the idea board, puts a dot on it.
/// </summary>
public sealed record PrivacyScenario(
    Guid LabId,
    Person Subject,
    HttpClient SubjectClient,
    Person Hr,
    HttpClient HrClient,
    Person Facilitator,
    IReadOnlyDictionary<string, Guid> TaskIds,
    string Quote,
    string Comment,
    string PaySecret,
    string IdeaTitle,
    string IdeaDescription,
    Guid IdeaId)
{
    public const string Flow = """
        {
          "id": "privacy-flow",
          "version": 1,
          "name": "Privacy",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "interview", "type": "UserTask", "inputs": { "title": "Intervjuer", "assignee": { "role": "Coordinator" },
              "form": [
                { "key": "count", "type": "Number", "label": "Antal intervjuer" },
                { "key": "quote", "type": "LongText", "label": "Citat", "personal": true }
              ] } },
            { "id": "pay", "type": "UserTask", "inputs": { "title": "Lönekartläggning", "assignee": { "role": "HR" },
              "readers": ["HR", "doers"], "informed": ["Coordinator"],
              "form": [ { "key": "note", "type": "Text", "label": "Anteckning" } ] } },
            { "id": "normal", "type": "UserTask", "inputs": { "title": "Vanligt steg", "assignee": { "role": "HR" },
              "form": [ { "key": "note", "type": "Text", "label": "Anteckning" } ] } },
            { "id": "quoteMail", "type": "SendEmail", "inputs": {
              "to": [ { "role": "Facilitator" } ],
              "subject": "Intervjuerna är klara",
              "body": { "liquid": "Citat: {{ tasks.interview.quote }}" } } },
            { "id": "ideas", "type": "CollectIdeas", "inputs": { "title": "Idéer", "participants": { "role": "Coordinator" }, "closes": { "daysAfterStart": 30 },
              "form": [
                { "key": "title", "type": "Text", "label": "Rubrik", "required": true },
                { "key": "description", "type": "LongText", "label": "Beskrivning" }
              ] } },
            { "id": "vote", "type": "DotVote", "inputs": { "title": "Röstning", "participants": { "role": "Coordinator" }, "source": "ideas", "closes": { "daysAfterStart": 30 } } }
          ],
          "connections": [
            { "from": "start", "to": "interview" }, { "from": "start", "to": "pay" }, { "from": "start", "to": "normal" },
            { "from": "interview", "to": "quoteMail" }, { "from": "start", "to": "ideas" }, { "from": "ideas", "to": "vote" }
          ]
        }
        """;

    public static readonly IReadOnlyList<string> Steps = ["interview", "pay", "normal"];

    /// <summary>Launches the lab with new people (names unique to this call), completes its three steps, and submits and votes on an idea.</summary>
    public static async Task<PrivacyScenario> CreateAsync(ApiResourcesFactory factory, string subjectName)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (subject, subjectClient) = await factory.CreateSignedInAsync($"{subjectName} {suffix}", ApiResourcesFactory.Own, Role.Coordinator);
        var (hr, hrClient) = await factory.CreateSignedInAsync($"Hanna Personal {suffix}", ApiResourcesFactory.Own, Role.HR);
        var facilitator = await factory.CreateMemberAsync($"Frida Process {suffix}", ApiResourcesFactory.Own, Role.Facilitator);
        var lab = await factory.InScopeAsync(services => services.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest(
                "privacy-flow",
                $"Integritetslabb {suffix}",
                ApiResourcesFactory.Own,
                "Hur skyddar vi uppgifterna?",
                new DateOnly(2030, 3, 4),
                [new LabMember(facilitator.Id, Role.Facilitator), new LabMember(subject.Id, Role.Coordinator), new LabMember(hr.Id, Role.HR)]),
            facilitator.Id,
            CancellationToken.None));
        var tasks = await factory.InScopeAsync(services => services.GetRequiredService<ITaskStore>().ListByLabAsync(lab.Id, CancellationToken.None));
        var ids = Steps.ToDictionary(step => step, step => tasks.Single(t => t.ActivityId == step).Id);

        var ideaTitle = $"Gemensam lunch varje fredag {suffix}";
        var ideaDescription = $"Jag föreslår att vi äter ihop på fredagar, avdelning {suffix}";
        var idea = await factory.InScopeAsync(async services => await services.GetRequiredService<CollectionService>().SubmitAsync(
            await FindCollectionAsync(services, lab.Id, "ideas"), subject.Id, new JsonObject { ["title"] = ideaTitle, ["description"] = ideaDescription }, CancellationToken.None));
        await factory.InScopeAsync(async services => await services.GetRequiredService<CollectionService>().CloseAsync(
            await FindCollectionAsync(services, lab.Id, "ideas"), facilitator.Id, CancellationToken.None));
        await factory.InScopeAsync(async services =>
        {
            await services.GetRequiredService<CollectionService>().VoteAsync(await FindCollectionAsync(services, lab.Id, "vote"), subject.Id, [idea.Submission!.Id], CancellationToken.None);
            return 0;
        });

        var scenario = new PrivacyScenario(
            lab.Id, subject, subjectClient, hr, hrClient, facilitator, ids,
            $"Hon berättade om sin utbrändhet på avdelning Ö-{suffix}",
            $"Min egen kommentar om arbetsmiljön {suffix}",
            $"lönehemlighet-{suffix}",
            ideaTitle,
            ideaDescription,
            idea.Submission!.Id);
        await PostOkAsync(subjectClient, $"/api/v1/tasks/{ids["interview"]}/comments", new { text = scenario.Comment });
        await PostOkAsync(subjectClient, $"/api/v1/tasks/{ids["interview"]}/complete", new { answers = new { count = 5, quote = scenario.Quote } });
        await PostOkAsync(hrClient, $"/api/v1/tasks/{ids["pay"]}/complete", new { answers = new { note = scenario.PaySecret } });
        await PostOkAsync(hrClient, $"/api/v1/tasks/{ids["normal"]}/complete", new { answers = new { note = $"vanligt-{suffix}" } });
        return scenario;
    }

    private static async Task<Guid> FindCollectionAsync(IServiceProvider services, Guid labId, string activityId) =>
        (await services.GetRequiredService<ICollectionStore>().FindByActivityAsync(labId, activityId, CancellationToken.None))?.Id
        ?? throw new InvalidOperationException($"The lab has no collection of step '{activityId}'.");

    private static async Task PostOkAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsync(path, ApiResourcesFactory.Json(body));
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
