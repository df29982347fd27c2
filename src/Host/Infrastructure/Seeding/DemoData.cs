using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Infrastructure.Seeding;

/// <summary>
/// The Development demo: one person per role in Grundskoleförvaltningen, all with <see cref="Password"/>, and one
/// lab. The ids are fixed so that seeding again finds the same people. Never seeded outside Development.
/// </summary>
internal static class DemoData
{
    /// <summary>Known to anyone who reads this file: that is why it exists only in Development.</summary>
    public const string Password = "labflow-demo-2026";

    public const string LabTitle = "Demo: Jämlik schemaläggning";

    public const string LabChallenge = "Hur kan vi göra schemaläggningen jämlik för deltidsanställda?";

    public const string LabFlowId = "social-innovation-lab";

    public static Administration Administration => PilotAdministrations.Grundskoleforvaltningen;

    public static IReadOnlyList<DemoPerson> People { get; } =
    [
        new(Guid.Parse("00000000-0000-4000-a000-000000000001"), "Alva Admin", "admin@labflow.example", Role.Admin),
        new(Guid.Parse("00000000-0000-4000-a000-000000000002"), "Dina Designer", "designer@labflow.example", Role.Designer),
        new(Guid.Parse("00000000-0000-4000-a000-000000000003"), "Filip Facilitator", "facilitator@labflow.example", Role.Facilitator),
        new(Guid.Parse("00000000-0000-4000-a000-000000000004"), "Cecilia Coordinator", "coordinator@labflow.example", Role.Coordinator),
        new(Guid.Parse("00000000-0000-4000-a000-000000000005"), "Kim Communicator", "communicator@labflow.example", Role.Communicator),
        new(Guid.Parse("00000000-0000-4000-a000-000000000006"), "Hedda HR", "hr@labflow.example", Role.HR),
        new(Guid.Parse("00000000-0000-4000-a000-000000000007"), "Sara Sponsor", "sponsor@labflow.example", Role.Sponsor),
        new(Guid.Parse("00000000-0000-4000-a000-000000000008"), "Per Participant", "participant@labflow.example", Role.Participant),
    ];

    /// <summary>
    /// The demo labs, each stopped at steps that give a demo role something to do on the day the demo is seeded: the
    /// facilitator's kick-off workshop, the coordinator's 3R analysis and the participant's field research, the
    /// sponsor's phase gate. The start dates put those steps' opening on or before today and their due dates (moved
    /// back from a weekend) on or after it, whatever weekday the demo is seeded on.
    /// </summary>
    public static IReadOnlyList<DemoLab> Labs { get; } =
    [
        new(LabTitle, LabChallenge, StartDaysFromToday: 0, StopAt: ["kickoff"]),
        new("Demo: Jämlik rekrytering", "Hur kan vi rekrytera mer jämlikt till skolans kök och lokalvård?", StartDaysFromToday: -19, StopAt: ["threeRAnalysis", "fieldResearch"]),
        new("Demo: Begriplig lönesättning", "Hur kan vi göra lönesättningen begriplig och jämlik för alla yrkesgrupper?", StartDaysFromToday: -35, StopAt: ["synthesisGate"]),
    ];

    public static DemoPerson For(Role role) => People.Single(p => p.Role == role);
}
