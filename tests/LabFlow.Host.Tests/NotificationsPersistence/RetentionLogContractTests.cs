using LabFlow.Activities.Notifications;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Notifications;
using LabFlow.Host.Tests.DomainPersistence;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.NotificationsPersistence;

/// <summary>The database record of retention runs, on every provider.</summary>
public abstract class RetentionLogContractTests : DomainStoreTestBase
{
    private static readonly TimeSpan TwoYears = TimeSpan.FromDays(730);

    [DatabaseFact]
    public async Task AddAsync_KeepsEveryField_WhenANewProcessReadsIt()
    {
        var run = Run(LabFlowTestNode.StartTime) with { LabIds = [Guid.NewGuid(), Guid.NewGuid()] };

        await InScopeAsync<IRetentionLog>(s => s.AddAsync(run, Token));
        await using var restarted = await CreateNode().PrepareAsync();
        var runs = await restarted.InScopeAsync(sp => sp.GetRequiredService<IRetentionLog>().ListAsync(10, Token));

        var stored = Assert.Single(runs);
        Assert.Equal(run.LabIds, stored.LabIds);
        Assert.Equal(run with { LabIds = stored.LabIds }, stored);
    }

    [DatabaseFact]
    public async Task ListAsync_ReturnsTheNewestFirst_UpToTake()
    {
        var runs = Enumerable.Range(0, 4).Select(i => Run(LabFlowTestNode.StartTime.AddDays(i))).ToList();
        foreach (var run in runs.OrderBy(_ => Guid.NewGuid()))
        {
            await InScopeAsync<IRetentionLog>(s => s.AddAsync(run, Token));
        }

        var latest = await InScopeAsync<IRetentionLog, IReadOnlyList<RetentionRun>>(s => s.ListAsync(3, Token));

        Assert.Equal([runs[3].Id, runs[2].Id, runs[1].Id], latest.Select(r => r.Id));
    }

    [DatabaseFact]
    public async Task AddAsync_RecordsTheRunOnce_WhenAddedTwice()
    {
        var run = Run(LabFlowTestNode.StartTime);

        await InScopeAsync<IRetentionLog>(s => s.AddAsync(run, Token));
        await InScopeAsync<IRetentionLog>(s => s.AddAsync(run, Token));

        Assert.Single(await InScopeAsync<IRetentionLog, IReadOnlyList<RetentionRun>>(s => s.ListAsync(10, Token)));
    }

    [DatabaseFact]
    public async Task Registration_ReplacesTheInMemoryLog()
    {
        var log = await Node.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IRetentionLog>()));

        Assert.IsType<EfCoreRetentionLog>(log);
    }

    private static RetentionRun Run(DateTimeOffset at) =>
        new(Guid.CreateVersion7(at), at, TwoYears, at - TwoYears, [Guid.NewGuid()], 1, 2, 3, 4, 5, 6, 7, 8);
}

public sealed class SqliteRetentionLogContractTests : RetentionLogContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}

public sealed class PostgreSqlRetentionLogContractTests : RetentionLogContractTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
