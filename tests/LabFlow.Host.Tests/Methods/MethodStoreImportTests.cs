using LabFlow.Activities.Methods;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Methods;

/// <summary>The method library's database store under the shipped-file rule and with ratings, on a real database.</summary>
public abstract class MethodStoreImportTests : StoreTestBase
{
    [DatabaseFact]
    public async Task ImportAsync_FollowsTheShippedFileRule_WhenADesignerEditsBetweenTwoChangedFiles()
    {
        var first = await ImportAsync(Method("Första"), "a");
        var changed = await ImportAsync(Method("Andra"), "b");
        await Node.InScopeAsync(sp => sp.GetRequiredService<IMethodStore>().AddVersionAsync(Method("Designerns"), 2, "designer:x", null, Node.Time.GetUtcNow(), Node.Token));
        var kept = await ImportAsync(Method("Tredje"), "c");

        var versions = await Node.InScopeAsync(sp => sp.GetRequiredService<IMethodStore>().ListVersionsAsync("kortlek", Node.Token));
        Assert.Equal(
            [ShippedMethodOutcome.Published, ShippedMethodOutcome.Published, ShippedMethodOutcome.DesignerVersionKept],
            [first.Outcome, changed.Outcome, kept.Outcome]);
        Assert.Equal([(1, "file:kortlek.json"), (2, "file:kortlek.json"), (3, "designer:x")], versions.Select(v => (v.Version, v.Origin)));
        Assert.Equal("Designerns", versions[^1].Method.Name.Get(System.Globalization.CultureInfo.GetCultureInfo("sv")));
    }

    [DatabaseFact]
    public async Task RateAsync_ReplacesAPersonsRating_AndAddVersionRefusesAStaleVersion()
    {
        await ImportAsync(Method("Första"), "a");
        var person = Guid.NewGuid();

        var (stars, stale, latest) = await Node.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<IMethodStore>();
            await store.RateAsync(new MethodRating("kortlek", person, 2, Node.Time.GetUtcNow()), Node.Token);
            await store.RateAsync(new MethodRating("kortlek", person, 5, Node.Time.GetUtcNow()), Node.Token);
            await store.RateAsync(new MethodRating("kortlek", Guid.NewGuid(), 3, Node.Time.GetUtcNow()), Node.Token);
            return (await store.ListStarsAsync(Node.Token), await store.AddVersionAsync(Method("Gammal"), 0, "designer:y", null, Node.Time.GetUtcNow(), Node.Token), await store.ListLatestAsync(Node.Token));
        });

        Assert.Equal([3, 5], stars["kortlek"].Order());
        Assert.Null(stale);
        Assert.Equal(("kortlek", 1), (Assert.Single(latest).Method.Id, latest[0].Version));
    }

    private Task<ShippedMethodImport> ImportAsync(LabMethod method, string hash) =>
        Node.InScopeAsync(sp => new ShippedMethodImporter(sp.GetRequiredService<IMethodStore>(), Node.Time).ImportAsync("kortlek.json", method, hash, Node.Token));

    private static LabMethod Method(string name) => new()
    {
        Id = "kortlek",
        Name = LocalizedText.Of(name, name),
        Purpose = LocalizedText.Of("Starta samtal.", "Start conversations."),
        Minutes = new MethodRange(20, 40),
        GroupSize = new MethodRange(3, 8),
        Instructions = LocalizedText.Of("1. Dra ett kort.", "1. Draw a card."),
        Inclusion = LocalizedText.Of("Läs upp korten.", "Read the cards aloud."),
        Source = LocalizedText.Of("Egen metod.", "Own method."),
    };
}

public sealed class SqliteMethodStoreImportTests : MethodStoreImportTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}

public sealed class PostgreSqlMethodStoreImportTests : MethodStoreImportTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
