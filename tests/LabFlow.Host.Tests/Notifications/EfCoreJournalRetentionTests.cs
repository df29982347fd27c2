using LabFlow.Host.Infrastructure.Notifications;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Notifications;

/// <summary>Deleting journal rows for retention, on a real database of each provider.</summary>
public abstract class EfCoreJournalRetentionTests : StoreTestBase
{
    [DatabaseFact]
    public async Task DeleteBeforeAsync_DeletesOnlyThatLabsEntriesWrittenBefore()
    {
        await Node.PublishAsync(TestFlows.WaitOnce);
        var lab = (await Node.StartAsync("wait-once")).InstanceId;
        var other = (await Node.StartAsync("wait-once")).InstanceId;
        Node.Time.Advance(TimeSpan.FromHours(1));
        var cutoff = Node.Time.GetUtcNow();
        await Node.ResumeAsync((await Node.BookmarkAtAsync(lab, "wait")).Id);
        var before = (await Node.JournalAsync(lab)).Count(e => e.Timestamp < cutoff);
        var otherCount = (await Node.JournalAsync(other)).Count;

        var deleted = await Node.InScopeAsync(sp => new EfCoreJournalRetention(sp.GetRequiredService<LabFlowDbContext>()).DeleteBeforeAsync(lab, cutoff, Node.Token));

        Assert.True(before > 0);
        Assert.Equal(before, deleted);
        var left = await Node.JournalAsync(lab);
        Assert.NotEmpty(left);
        Assert.All(left, e => Assert.True(e.Timestamp >= cutoff));
        Assert.Equal(otherCount, (await Node.JournalAsync(other)).Count);
    }
}

public sealed class SqliteEfCoreJournalRetentionTests : EfCoreJournalRetentionTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}

public sealed class PostgreSqlEfCoreJournalRetentionTests : EfCoreJournalRetentionTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
