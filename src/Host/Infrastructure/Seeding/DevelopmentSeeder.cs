using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Authorization;
using LabFlow.Host.Infrastructure.Identity;

namespace LabFlow.Host.Infrastructure.Seeding;

/// <summary>
/// Development's demo data: the four pilot administrations, one person per role (<see cref="DemoData"/>) and the
/// demo lab (<see cref="DemoLabSeeder"/>). Idempotent: what exists is left as it is.
/// </summary>
internal sealed partial class DevelopmentSeeder(
    IDirectoryCommands directory,
    AccountProvisioner accounts,
    DemoLabSeeder demoLab,
    ILogger<DevelopmentSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var administration in PilotAdministrations.All)
        {
            await directory.SaveAdministrationAsync(administration, cancellationToken);
        }

        foreach (var demo in DemoData.People)
        {
            var person = new Person(demo.Id, demo.Name, demo.Email);
            // Admin also as a membership: the lab domain recognises administrators by their memberships.
            Membership[] memberships = demo.Role == Role.Designer ? [] : [new Membership(demo.Id, DemoData.Administration.Id, demo.Role)];
            string[] organisationRoles = demo.Role switch
            {
                Role.Admin => [LabFlowRoles.Admin],
                Role.Designer => [LabFlowRoles.Designer],
                _ => [],
            };
            var (_, errors) = await accounts.EnsureAsync(person, memberships, organisationRoles, DemoData.Password, cancellationToken);
            if (errors.Count > 0)
            {
                LogDemoPersonFailed(demo.Role, string.Join(" ", errors));
            }
        }

        await demoLab.SeedAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo person with role {Role} was not created: {Reason}")]
    private partial void LogDemoPersonFailed(Role role, string reason);
}
