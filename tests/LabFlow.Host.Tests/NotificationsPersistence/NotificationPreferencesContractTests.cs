using LabFlow.Activities.Notifications;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Notifications;
using LabFlow.Host.Tests.DomainPersistence;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.NotificationsPersistence;

/// <summary>The database store of people's notification choices, on every provider.</summary>
public abstract class NotificationPreferencesContractTests : DomainStoreTestBase
{
    private static readonly Guid Ada = Guid.Parse("30000000-0000-0000-0000-000000000001");
    private static readonly Guid Bo = Guid.Parse("30000000-0000-0000-0000-000000000002");
    private static readonly Guid Cy = Guid.Parse("30000000-0000-0000-0000-000000000003");

    [DatabaseFact]
    public async Task Registration_ReplacesTheInMemoryStore()
    {
        var store = await Node.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<INotificationPreferences>()));

        Assert.IsType<EfCoreNotificationPreferences>(store);
    }

    [DatabaseFact]
    public async Task GetAsync_ReturnsNoDigest_WhenThePersonChoseNothing()
    {
        var preferences = await InScopeAsync<INotificationPreferences, NotificationPreferences>(s => s.GetAsync(Ada, Token));

        Assert.Equal(new NotificationPreferences(Ada, DailyDigest: false), preferences);
    }

    [DatabaseFact]
    public async Task SetAsync_KeepsTheDigestOptIn_WhenANewProcessReadsIt()
    {
        await InScopeAsync<INotificationPreferences>(s => s.SetAsync(new NotificationPreferences(Ada, DailyDigest: true), Token));

        await using var restarted = await CreateNode().PrepareAsync();
        var preferences = await restarted.InScopeAsync(sp => sp.GetRequiredService<INotificationPreferences>().GetAsync(Ada, Token));
        var subscribers = await restarted.InScopeAsync(sp => sp.GetRequiredService<INotificationPreferences>().ListDailyDigestSubscribersAsync(Token));

        Assert.True(preferences.DailyDigest);
        Assert.Equal([Ada], subscribers);
    }

    [DatabaseFact]
    public async Task SetAsync_ReplacesTheEarlierChoice_AndSubscribersAreOnlyThoseWhoTurnedItOn()
    {
        foreach (var (person, digest) in new[] { (Cy, true), (Ada, true), (Bo, true), (Bo, false) })
        {
            await InScopeAsync<INotificationPreferences>(s => s.SetAsync(new NotificationPreferences(person, digest), Token));
        }

        var subscribers = await InScopeAsync<INotificationPreferences, IReadOnlyList<Guid>>(s => s.ListDailyDigestSubscribersAsync(Token));
        var bo = await InScopeAsync<INotificationPreferences, NotificationPreferences>(s => s.GetAsync(Bo, Token));

        Assert.Equal([Ada, Cy], subscribers);
        Assert.False(bo.DailyDigest);
    }

    [DatabaseFact]
    public async Task SetAsync_StoresOneChoice_WhenTwoSetItAtOnce()
    {
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            InScopeAsync<INotificationPreferences>(s => s.SetAsync(new NotificationPreferences(Ada, DailyDigest: true), Token)))));

        Assert.Equal([Ada], await InScopeAsync<INotificationPreferences, IReadOnlyList<Guid>>(s => s.ListDailyDigestSubscribersAsync(Token)));
    }
}

public sealed class SqliteNotificationPreferencesContractTests : NotificationPreferencesContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}

public sealed class PostgreSqlNotificationPreferencesContractTests : NotificationPreferencesContractTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
