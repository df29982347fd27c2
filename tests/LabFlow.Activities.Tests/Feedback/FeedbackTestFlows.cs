using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Feedback;

/// <summary>A one-step flow for the facilitator, and a designer of the project team.</summary>
internal static class FeedbackTestFlows
{
    public static readonly string OneStep = LabTestHost.Flow(
        """
        { "id": "interview", "type": "UserTask",
          "inputs": { "title": "Intervjua medarbetare", "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": 4 } } }
        """,
        """[ { "from": "start", "to": "interview" } ]""");

    public static Person Designer { get; } = new(Guid.Parse("30000000-0000-0000-0000-000000000001"), "Dana Designer", "dana@example.se", "en");

    /// <summary>Adds <see cref="Designer"/> with the organisation-wide Designer role.</summary>
    public static void AddDesigner(LabTestHost host)
    {
        host.Directory.AddPerson(Designer);
        host.Directory.AddMembership(new Membership(Designer.Id, PilotAdministrations.Grundskoleforvaltningen.Id, Role.Designer));
    }
}
