using LabFlow.Activities.DependencyInjection;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Seeding;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace LabFlow.Host.Tests.FirstRun;

/// <summary>
/// The demo lab on the shipped social-innovation-lab flow, with the lab domain's own stores: launched by the demo
/// facilitator, its preparation completed with valid answers, so it stands in the explore phase.
/// </summary>
public sealed class DemoLabSeederTests
{
    [Fact]
    public async Task SeedAsync_CompletesThePreparationSoTheLabExplores_WhenNoDemoLabExists()
    {
        await using var services = await CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var seeder = ActivatorUtilities.CreateInstance<DemoLabSeeder>(scope.ServiceProvider);

        var lab = await seeder.SeedAsync(CancellationToken.None);

        Assert.NotNull(lab);
        var facilitator = DemoData.For(Role.Facilitator).Id;
        var tasks = await scope.ServiceProvider.GetRequiredService<TaskService>().ListForLabAsync(lab.Id, facilitator, CancellationToken.None);
        Assert.Equal(
            ["baseline", "dataProtection", "frameChallenge", "secureMandate", "sessionDesign", "stakeholders"],
            tasks.Where(t => t.Status == LabTaskStatus.Completed).Select(t => t.ActivityId).Order(StringComparer.Ordinal));
        var progress = await scope.ServiceProvider.GetRequiredService<LabService>().GetProgressAsync(lab.Id, facilitator, CancellationToken.None);
        Assert.Equal(PhaseState.Done, progress.Single(p => p.PhaseId == "prepare").State);
        Assert.Equal(PhaseState.Active, progress.Single(p => p.PhaseId == "explore").State);
    }

    [Fact]
    public async Task SeedAsync_LaunchesNothing_WhenTheDemoLabExists()
    {
        await using var services = await CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var seeder = ActivatorUtilities.CreateInstance<DemoLabSeeder>(scope.ServiceProvider);
        await seeder.SeedAsync(CancellationToken.None);

        var second = await seeder.SeedAsync(CancellationToken.None);

        Assert.Null(second);
        Assert.Equal(DemoData.Labs.Count, (await scope.ServiceProvider.GetRequiredService<ILabStore>().ListAsync(null, CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData(Role.Facilitator, "kickoff")]
    [InlineData(Role.Coordinator, "threeRAnalysis")]
    [InlineData(Role.Participant, "fieldResearch")]
    [InlineData(Role.Sponsor, "synthesisGate")]
    public async Task SeedAsync_GivesTheRoleAnOpenTaskDueTodayOrLater_WhenTheDemoIsSeeded(Role role, string activityId)
    {
        await using var services = await CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var seeder = ActivatorUtilities.CreateInstance<DemoLabSeeder>(scope.ServiceProvider);

        await seeder.SeedAsync(CancellationToken.None);

        var person = DemoData.For(role).Id;
        var today = scope.ServiceProvider.GetRequiredService<LabFlow.Activities.Time.LabCalendar>().DateOf(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
        var mine = await scope.ServiceProvider.GetRequiredService<TaskService>().ListForPersonAsync(person, includeClosed: false, CancellationToken.None);
        var task = Assert.Single(mine, t => t.ActivityId == activityId && t.AssigneeId == person);
        Assert.True(task.Due >= today, $"{activityId} is due {task.Due}, before today {today}.");
        Assert.True(task.Opens is null || task.Opens <= today, $"{activityId} opens {task.Opens}, after today {today}.");
    }

    private static async Task<ServiceProvider> CreateServicesAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddLabFlowWorkflows();
        services.AddLabActivities();
        services.TryAddSingleton<WorkflowDefinitionLoader>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        var file = Path.Combine(AppContext.BaseDirectory, "workflows-json", "social-innovation-lab.json");
        var loaded = provider.GetRequiredService<WorkflowDefinitionLoader>().Load("social-innovation-lab.json", await File.ReadAllTextAsync(file));
        Assert.True(loaded.Definition is not null, string.Join(Environment.NewLine, loaded.Errors.Select(e => $"{e.Path}: {e.Message}")));
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(loaded.Definition, "test", "hash", CancellationToken.None);
        }

        var directory = provider.GetRequiredService<InMemoryDirectory>();
        foreach (var demo in DemoData.People)
        {
            directory.AddPerson(new Person(demo.Id, demo.Name, demo.Email));
            directory.AddMembership(new Membership(demo.Id, DemoData.Administration.Id, demo.Role));
        }

        return provider;
    }
}
