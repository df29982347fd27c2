using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Dashboard;

/// <summary>
/// The project's three kinds of flow in miniature, under the shipped ids the dashboard counts by default: a lab with a
/// baseline (restricted readers, like the shipped lab) and a follow-up found by their presets, a conference, a seminar.
/// </summary>
internal static class DashboardTestLabs
{
    public static readonly string Lab = LabTestHost.Flow(
        """
        { "id": "measure", "type": "UserTask", "phase": "prepare",
          "inputs": { "title": "Nulägesunderlag", "assignee": { "role": "Coordinator" }, "due": { "daysAfterStart": 1 },
                      "readers": ["HR", "Sponsor", "Facilitator", "doers"],
                      "form": [ { "key": "figures", "preset": "indicatorsBySex", "required": true } ] } },
        { "id": "check", "type": "UserTask", "phase": "follow-up",
          "inputs": { "title": { "sv": "Uppföljning 3 månader", "en": "3-month follow-up" }, "assignee": { "role": "Coordinator" }, "due": { "daysAfterStart": 90 },
                      "form": [ { "key": "again", "preset": "indicatorsBySexFollowUp", "required": true } ] } },
        { "id": "wrap", "type": "UserTask", "phase": "follow-up",
          "inputs": { "title": "Avsluta", "assignee": { "role": "Coordinator" }, "due": { "daysAfterStart": 1 } } }
        """,
        """[ { "from": "start", "to": "measure" }, { "from": "measure", "to": "check" }, { "from": "check", "to": "wrap" } ]""",
        phases: """[ { "id": "prepare", "name": { "sv": "Förbereda", "en": "Prepare" } }, { "id": "follow-up", "name": { "sv": "Följa upp", "en": "Follow up" } } ]""")
        .Replace("\"lab-test\"", "\"social-innovation-lab\"", StringComparison.Ordinal);

    public static readonly string Conference = Event("equality-conference");

    public static readonly string Seminar = Event("learning-seminar");

    public static Person Admin { get; } = new(Guid.Parse("40000000-0000-0000-0000-000000000001"), "Alva Admin", "alva@example.se");

    public static void AddAdmin(LabTestHost host)
    {
        host.Directory.AddPerson(Admin);
        host.Directory.AddMembership(new Membership(Admin.Id, PilotAdministrations.Grundskoleforvaltningen.Id, Role.Admin));
    }

    /// <summary>Launches a lab of <paramref name="json"/> (published once per flow id) as the administrator.</summary>
    public static async Task<Lab> LaunchAsync(LabTestHost host, string json, string title, string administrationId, DateOnly start, params LabMember[] people)
    {
        var id = System.Text.Json.Nodes.JsonNode.Parse(json)!["id"]!.GetValue<string>();
        if (await host.Get<LabFlow.Workflows.Persistence.IWorkflowDefinitionStore>().FindLatestAsync(id, host.Token) is null)
        {
            await host.PublishAsync(json);
        }

        return await host.Labs.LaunchAsync(new LaunchLabRequest(id, title, administrationId, "Hur kan vi?", start, people), Admin.Id, host.Token);
    }

    private static string Event(string id) => LabTestHost.Flow(
        """
        { "id": "plan", "type": "UserTask", "inputs": { "title": "Planera", "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": 30 } } }
        """,
        """[ { "from": "start", "to": "plan" } ]""")
        .Replace("\"lab-test\"", $"\"{id}\"", StringComparison.Ordinal);
}
