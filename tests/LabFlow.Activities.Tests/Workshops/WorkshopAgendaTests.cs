using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Tests.Email;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Activities.Workshops;

namespace LabFlow.Activities.Tests.Workshops;

/// <summary>A workshop's agenda in its invitation: items with their clock times, in the recipient's language, in the email and the calendar file.</summary>
public sealed class WorkshopAgendaTests
{
    private const string Agenda = """
        [ { "title": { "sv": "Välkommen", "en": "Welcome" }, "minutes": 15, "method": { "sv": "Inledning", "en": "Introduction" } },
          { "title": { "sv": "Antaganden", "en": "Assumptions" }, "minutes": 40, "method": "Antagandekarta", "notes": { "sv": "Ta med lappar.", "en": "Bring notes." } },
          { "title": { "sv": "Avslut", "en": "Close" } } ]
        """;

    [Fact]
    public void Items_StartEachItemWhenTheOneBeforeEnds_InTheGivenLanguage()
    {
        var items = WorkshopAgenda.Items(JsonNode.Parse(Agenda), new TimeOnly(13, 0), CultureInfo.GetCultureInfo("en"));

        Assert.Equal(
            """[{"start":"13:00","title":"Welcome","minutes":15,"method":"Introduction"},{"start":"13:15","title":"Assumptions","minutes":40,"method":"Antagandekarta","notes":"Bring notes."},{"start":"13:55","title":"Close"}]""",
            items.ToJsonString());
    }

    [Fact]
    public async Task Workshop_PutsTheAgendaAndMeetingLinkInEachInvitation_InTheRecipientsLanguage()
    {
        await using var host = new LabTestHost();
        var flow = LabTestHost.Flow(
            $$"""
            { "id": "kickoff", "type": "Workshop",
              "inputs": { "title": "Uppstart", "date": { "daysAfterStart": 9 }, "startTime": "13:00", "durationMinutes": 90,
                          "link": "https://meet.goteborg.example/uppstart", "agenda": {{Agenda}}, "participants": { "role": "Coordinator" } } }
            """,
            """[ { "from": "start", "to": "kickoff" } ]""");

        await host.LaunchAsync(flow);

        var invitations = host.Effects.Effects.OfType<EmailRequested>().Where(e => e.Template == EmailTemplates.WorkshopInvitation).ToList();
        var english = Assert.Single(invitations, e => e.To.Any(r => r.Culture == "en"));
        var swedish = Assert.Single(invitations, e => e.To.All(r => r.Culture == "sv"));
        Assert.Equal("Assumptions", english.Model["agendaItems"]![1]!["title"]!.GetValue<string>());
        Assert.Equal("Antaganden", swedish.Model["agendaItems"]![1]!["title"]!.GetValue<string>());
        Assert.Equal("13:15", swedish.Model["agendaItems"]![1]!["start"]!.GetValue<string>());
        Assert.Equal("https://meet.goteborg.example/uppstart", swedish.Model["meetingLink"]!.GetValue<string>());
    }

    [Fact]
    public async Task RenderAsync_ShowsTheAgendaAndMeetingLink_InTheEmailAndTheCalendarFile()
    {
        var renderer = new EmailTemplateRenderer(new EmailRenderingOptions
        {
            PublicBaseUrl = new Uri("https://labflow.goteborg.example/"),
            OrganizerAddress = "labflow@goteborg.example",
        });

        var email = await renderer.RenderAsync(
            EmailSamples.Request(EmailTemplates.WorkshopInvitation, EmailSamples.Anna), EmailSamples.Anna, new DateTimeOffset(2025, 3, 10, 7, 0, 0, TimeSpan.Zero), CancellationToken.None);

        Assert.Contains("09:15 Antaganden om målgruppen (40 min) – Antagandekarta\n  Ta med post-it-lappar.", email.TextBody.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Möteslänk: https://meet.goteborg.example/uppstart", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("<li><strong>09:00</strong> Välkommen och syfte (15 min) – Inledning<br>Kaffe från 08:45.</li>", email.HtmlBody, StringComparison.Ordinal);
        var ics = Encoding.UTF8.GetString(email.Attachments[0].Content).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains(@"Agenda:\n09:00 Välkommen och syfte (15 min) – Inledning\n09:15 Antaganden om målgruppen (40 min) – Antagandekarta", ics, StringComparison.Ordinal);
    }
}
