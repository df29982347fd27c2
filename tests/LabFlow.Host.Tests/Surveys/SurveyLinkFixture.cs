using System.Text.RegularExpressions;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Register;
using LabFlow.Activities.Surveys;
using LabFlow.Activities.Time;
using LabFlow.Host.Tests.Identity;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Surveys;

/// <summary>
/// One Host on real SQLite that sends its email over SMTP to a netDumbster server, with a conference-like flow whose
/// evaluation step is tagged <c>survey</c>. Each test gets a lab of its own with guests of its own (<see cref="NewLabAsync"/>),
/// so links and answers of one test never meet another's.
/// </summary>
public sealed partial class SurveyLinkFixture : IAsyncLifetime
{
    public const string FlowId = "survey-links";

    public const string StepId = "evaluation";

    private const string Flow = """
        {
          "id": "survey-links",
          "version": 1,
          "name": "Survey links",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "evaluation", "type": "UserTask",
              "inputs": { "tags": ["survey"], "title": { "sv": "Utvärdera konferensen", "en": "Evaluate the conference" },
                          "instructions": "Hur var konferensen?",
                          "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": 10 },
                          "form": [ { "key": "overall", "type": "Rating", "label": { "sv": "Helhetsbetyg", "en": "Overall rating" }, "required": true },
                                    { "key": "takeaway", "type": "LongText", "label": { "sv": "Det här tar jag med mig", "en": "What I take with me" } } ] } }
          ],
          "connections": [ { "from": "start", "to": "evaluation" } ]
        }
        """;

    public SmtpApiFactory Factory { get; } = new();

    public Person Facilitator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Facilitator = await Factory.CreatePersonAsync("Fia Konferensledare", [Role.Facilitator]);
        await using var scope = Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var loaded = services.GetRequiredService<WorkflowDefinitionLoader>().Load("test", Flow);
        await services.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(loaded.Definition!, "test", null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>A lab starting today with one guest who has an email address (unique to the call) and one who has none.</summary>
    public async Task<SurveyLab> NewLabAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var today = services.GetRequiredService<LabCalendar>().DateOf(TimeProvider.System.GetUtcNow());
        var lab = await services.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest(FlowId, "Jämlikhetskonferensen", LabFlowApiFactory.AdministrationId, "Hur kan vi?", today, [new LabMember(Facilitator.Id, Role.Facilitator)]),
            Facilitator.Id,
            CancellationToken.None);
        var register = services.GetRequiredService<ParticipantRegisterService>();
        var email = $"gaest.{Guid.NewGuid():N}@example.se";
        var guest = await register.RegisterGuestAsync(Facilitator.Id, lab.Id, new GuestInput("Gun Gästsson", "Länsstyrelsen Västra Götaland", email), CancellationToken.None);
        await register.RegisterGuestAsync(Facilitator.Id, lab.Id, new GuestInput("Nils Utanmejl", "Region Halland", null), CancellationToken.None);
        return new SurveyLab(lab.Id, guest, email);
    }

    /// <summary>Sends the lab's links as its facilitator and returns the guest's token, read from the email that arrived over SMTP.</summary>
    public async Task<(SurveyLinksSent Sent, string Token, MimeKit.MimeMessage Email)> SendAsync(SurveyLab lab)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<SurveyLinkService>().SendAsync(Facilitator.Id, lab.LabId, StepId, CancellationToken.None);
        var email = await Factory.WaitForEmailToAsync(lab.GuestEmail, TimeSpan.FromSeconds(30));
        var token = LinkToken().Match(email.TextBody ?? string.Empty).Groups[1].Value;
        return (sent, token, email);
    }

    [GeneratedRegex(@"/survey/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkToken();
}

/// <summary>A lab of <see cref="SurveyLinkFixture"/> and its guest with an email address.</summary>
public sealed record SurveyLab(Guid LabId, RegisterGuest Guest, string GuestEmail);
