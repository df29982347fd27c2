using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Tests.ApiResources;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Ui;

/// <summary>
/// One Host (real SQLite, real Identity) for the page tests, with a lab on <see cref="ApiFlows.Story"/> in the own
/// administration that started on 6 January 2020: its coordinator's task "Rapportera intervjuer" was due on
/// 24 January 2020 (start + 18 days, a Friday), so it is overdue.
/// </summary>
public sealed class UiFixture : IAsyncLifetime
{
    public const string LabTitle = "Sidlabbet";
    public const string LabChallenge = "Hur kan vi pröva sidorna?";

    public ApiResourcesFactory Factory { get; } = new();

    public Person Coordinator { get; private set; } = null!;

    public Person Facilitator { get; private set; } = null!;

    public Guid LabId { get; private set; }

    public async Task InitializeAsync()
    {
        await Factory.PublishAsync(ApiFlows.Story);
        Coordinator = await Factory.CreateMemberAsync("Cora Koordinator", ApiResourcesFactory.Own, Role.Coordinator);
        Facilitator = await Factory.CreateMemberAsync("Fia Facilitator", ApiResourcesFactory.Own, Role.Facilitator);
        LabId = await Factory.InScopeAsync(async services => (await services.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest(
                "api-story",
                LabTitle,
                ApiResourcesFactory.Own,
                LabChallenge,
                new DateOnly(2020, 1, 6),
                [new LabMember(Coordinator.Id, Role.Coordinator), new LabMember(Facilitator.Id, Role.Facilitator)]),
            Facilitator.Id,
            CancellationToken.None)).Id);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
