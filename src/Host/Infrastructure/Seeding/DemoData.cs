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

    /// <summary>The phase of <see cref="LabFlowId"/> whose tasks the demo completes.</summary>
    public const string CompletedPhase = "prepare";

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

    public static DemoPerson For(Role role) => People.Single(p => p.Role == role);
}
