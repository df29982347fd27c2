using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Tests.LabStories;

/// <summary>
/// The people of the stories: a lab team in Grundskoleförvaltningen, a participant of that administration who is
/// not in the lab, and a coordinator of Förskoleförvaltningen who must see nothing of it.
/// </summary>
internal static class LabStoryCast
{
    public static Administration School { get; } = PilotAdministrations.Grundskoleforvaltningen;

    public static Administration Preschool { get; } = PilotAdministrations.Forskoleforvaltningen;

    public static Person Fia { get; } = new(Guid.Parse("a0000000-0000-0000-0000-000000000001"), "Fia Facilitator", "fia@goteborg.example");

    public static Person Kim { get; } = new(Guid.Parse("a0000000-0000-0000-0000-000000000002"), "Kim Samordnare", "kim@goteborg.example");

    public static Person Lo { get; } = new(Guid.Parse("a0000000-0000-0000-0000-000000000003"), "Lo Samordnare", "lo@goteborg.example", "en");

    public static Person Hanna { get; } = new(Guid.Parse("a0000000-0000-0000-0000-000000000004"), "Hanna HR", "hanna@goteborg.example");

    public static Person Kai { get; } = new(Guid.Parse("a0000000-0000-0000-0000-000000000005"), "Kai Kommunikatör", "kai@goteborg.example");

    public static Person Sam { get; } = new(Guid.Parse("a0000000-0000-0000-0000-000000000006"), "Sam Sponsor", "sam@goteborg.example");

    public static Person Ada { get; } = new(Guid.Parse("b0000000-0000-0000-0000-000000000001"), "Ada Deltagare", "ada@goteborg.example");

    public static Person Bo { get; } = new(Guid.Parse("b0000000-0000-0000-0000-000000000002"), "Bo Deltagare", "bo@goteborg.example");

    public static Person Cy { get; } = new(Guid.Parse("b0000000-0000-0000-0000-000000000003"), "Cy Deltagare", "cy@goteborg.example", "en");

    /// <summary>A participant of the administration whom the lab did not invite.</summary>
    public static Person Dan { get; } = new(Guid.Parse("b0000000-0000-0000-0000-000000000004"), "Dan Deltagare", "dan@goteborg.example");

    /// <summary>A coordinator of another administration.</summary>
    public static Person Ola { get; } = new(Guid.Parse("c0000000-0000-0000-0000-000000000001"), "Ola Annan", "ola@goteborg.example");

    public static IReadOnlyList<Person> Participants { get; } = [Ada, Bo, Cy];

    public static IReadOnlyList<Person> Everyone { get; } = [Fia, Kim, Lo, Hanna, Kai, Sam, Ada, Bo, Cy, Dan, Ola];

    public static IReadOnlyList<Membership> Memberships { get; } =
    [
        new(Fia.Id, School.Id, Role.Facilitator),
        new(Kim.Id, School.Id, Role.Coordinator),
        new(Lo.Id, School.Id, Role.Coordinator),
        new(Hanna.Id, School.Id, Role.HR),
        new(Kai.Id, School.Id, Role.Communicator),
        new(Sam.Id, School.Id, Role.Sponsor),
        new(Ada.Id, School.Id, Role.Participant),
        new(Bo.Id, School.Id, Role.Participant),
        new(Cy.Id, School.Id, Role.Participant),
        new(Dan.Id, School.Id, Role.Participant),
        new(Ola.Id, Preschool.Id, Role.Coordinator),
    ];

    /// <summary>The lab team without participants; the coordinators add those once invitations are out.</summary>
    public static IReadOnlyList<LabMember> Team { get; } =
    [
        new(Fia.Id, Role.Facilitator),
        new(Kim.Id, Role.Coordinator),
        new(Lo.Id, Role.Coordinator),
        new(Hanna.Id, Role.HR),
        new(Kai.Id, Role.Communicator),
        new(Sam.Id, Role.Sponsor),
    ];

    public static string NameOf(Guid id) => Everyone.FirstOrDefault(p => p.Id == id)?.Name ?? id.ToString();
}
