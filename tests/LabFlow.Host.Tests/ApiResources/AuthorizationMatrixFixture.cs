using LabFlow.Activities.Collections;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>
/// One Host for the whole matrix: a signed-in person per role in the labs' administration (own) and in another
/// (other), an anonymous client, and fresh scenarios (a lab on <see cref="ApiFlows.Matrix"/>) on demand.
/// </summary>
public sealed class AuthorizationMatrixFixture : IAsyncLifetime
{
    /// <summary>The matrix's columns, in the order the expected codes are written.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "anonymous",
        "Admin", "Admin'", "Designer", "Designer'", "Facilitator", "Facilitator'", "Coordinator", "Coordinator'",
        "Communicator", "Communicator'", "HR", "HR'", "Sponsor", "Sponsor'", "Participant", "Participant'",
    ];

    private readonly Dictionary<string, (Person? Person, HttpClient Client)> _callers = [];

    public ApiResourcesFactory Factory { get; } = new();

    /// <summary>A second communicator of the own administration, so the communicator step becomes a candidate group.</summary>
    public Person SecondCommunicator { get; private set; } = null!;

    public HttpClient Client(string column) => _callers[column].Client;

    public Person Person(string column) => _callers[column].Person!;

    public async Task InitializeAsync()
    {
        await Factory.PublishAsync(ApiFlows.Matrix);
        _callers["anonymous"] = (null, Factory.CreateAnonymousClient());
        foreach (var role in Enum.GetValues<Role>())
        {
            _callers[role.ToString()] = await Factory.CreateSignedInAsync($"Own {role}", ApiResourcesFactory.Own, role);
            _callers[role + "'"] = await Factory.CreateSignedInAsync($"Other {role}", ApiResourcesFactory.Other, role);
        }

        SecondCommunicator = await Factory.CreateMemberAsync("Own Communicator Two", ApiResourcesFactory.Own, Role.Communicator);
    }

    /// <summary>A new lab in the own administration with the own facilitator, coordinator, sponsor and participant as its people.</summary>
    public async Task<MatrixScenario> NewScenarioAsync()
    {
        var bystander = await Factory.CreateMemberAsync("Bystander " + Guid.NewGuid().ToString("N")[..6], ApiResourcesFactory.Own, Role.Participant);
        return await Factory.InScopeAsync(async services =>
        {
            var lab = await services.GetRequiredService<LabService>().LaunchAsync(
                new LaunchLabRequest(
                    "api-matrix",
                    "Matrislabb",
                    ApiResourcesFactory.Own,
                    "Hur kan vi pröva behörigheter?",
                    new DateOnly(2030, 3, 4),
                    [
                        new LabMember(Person("Facilitator").Id, Role.Facilitator),
                        new LabMember(Person("Coordinator").Id, Role.Coordinator),
                        new LabMember(Person("Sponsor").Id, Role.Sponsor),
                        new LabMember(Person("Participant").Id, Role.Participant),
                    ]),
                Person("Facilitator").Id,
                CancellationToken.None);
            var tasks = await services.GetRequiredService<ITaskStore>().ListByLabAsync(lab.Id, CancellationToken.None);
            var collections = services.GetRequiredService<ICollectionStore>();
            var instance = await services.GetRequiredService<IWorkflowInstanceStore>().FindAsync(lab.Id, CancellationToken.None);
            return new MatrixScenario(
                this,
                lab.Id,
                tasks.Single(t => t.ActivityId == "report").Id,
                tasks.Single(t => t.ActivityId == "announce").Id,
                (await collections.FindByActivityAsync(lab.Id, "ideas", CancellationToken.None))!.Id,
                (await collections.FindByActivityAsync(lab.Id, "ideas0", CancellationToken.None))!.Id,
                instance!.State.Incidents.Single().Id,
                bystander.Id);
        });
    }

    public Task DisposeAsync()
    {
        foreach (var (_, client) in _callers.Values)
        {
            client.Dispose();
        }

        Factory.Dispose();
        return Task.CompletedTask;
    }
}
