namespace LabFlow.EndToEnd.Tests.TestInfrastructure;

/// <summary>
/// The people Development seeds (src/Host/Infrastructure/Seeding/DemoData.cs), as a user reads them from the start-up
/// output: email, name and the one demo password.
/// </summary>
internal static class DemoPeople
{
    public const string Password = "labflow-demo-2026";

    public static DemoPerson Admin { get; } = new(Guid.Parse("00000000-0000-4000-a000-000000000001"), "Alva Admin", "admin@labflow.example", "Admin");

    public static DemoPerson Designer { get; } = new(Guid.Parse("00000000-0000-4000-a000-000000000002"), "Dina Designer", "designer@labflow.example", "Designer");

    public static DemoPerson Facilitator { get; } = new(Guid.Parse("00000000-0000-4000-a000-000000000003"), "Filip Facilitator", "facilitator@labflow.example", "Facilitator");

    public static DemoPerson Coordinator { get; } = new(Guid.Parse("00000000-0000-4000-a000-000000000004"), "Cecilia Coordinator", "coordinator@labflow.example", "Coordinator");

    /// <summary>The lab members the demo lab has too: everyone but the administrator and the designer.</summary>
    public static IReadOnlyList<DemoPerson> LabMembers { get; } =
    [
        Facilitator,
        Coordinator,
        new(Guid.Parse("00000000-0000-4000-a000-000000000005"), "Kim Communicator", "communicator@labflow.example", "Communicator"),
        new(Guid.Parse("00000000-0000-4000-a000-000000000006"), "Hedda HR", "hr@labflow.example", "HR"),
        new(Guid.Parse("00000000-0000-4000-a000-000000000007"), "Sara Sponsor", "sponsor@labflow.example", "Sponsor"),
        new(Guid.Parse("00000000-0000-4000-a000-000000000008"), "Per Participant", "participant@labflow.example", "Participant"),
    ];
}
