namespace LabFlow.EndToEnd.Tests.TestInfrastructure;

/// <summary>A seeded demo person and the role they have in the demo administration.</summary>
internal sealed record DemoPerson(Guid Id, string Name, string Email, string Role);
