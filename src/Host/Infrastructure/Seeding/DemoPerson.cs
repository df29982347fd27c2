using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Infrastructure.Seeding;

/// <summary>A demo account: a person with one role (Admin and Designer organisation-wide, the rest in the demo administration).</summary>
internal sealed record DemoPerson(Guid Id, string Name, string Email, Role Role);
