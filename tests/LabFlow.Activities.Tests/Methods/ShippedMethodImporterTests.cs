using LabFlow.Activities.Methods;
using LabFlow.Workflows.Definitions;
using Microsoft.Extensions.Time.Testing;

namespace LabFlow.Activities.Tests.Methods;

/// <summary>The rule for shipped method files, the same as for shipped flows.</summary>
public sealed class ShippedMethodImporterTests
{
    private static readonly System.Globalization.CultureInfo Sv = System.Globalization.CultureInfo.GetCultureInfo("sv");

    private readonly InMemoryMethodStore _store = new();
    private readonly ShippedMethodImporter _importer;

    public ShippedMethodImporterTests() => _importer = new ShippedMethodImporter(_store, new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task ImportAsync_PublishesVersionOneThenNothing_WhenTheFileIsNewThenUnchanged()
    {
        var first = await _importer.ImportAsync("kortlek.json", MethodServiceTests.Method("kortlek"), "a", CancellationToken.None);
        var again = await _importer.ImportAsync("kortlek.json", MethodServiceTests.Method("kortlek"), "a", CancellationToken.None);

        Assert.Equal(new ShippedMethodImport(ShippedMethodOutcome.Published, 1), first);
        Assert.Equal(new ShippedMethodImport(ShippedMethodOutcome.Unchanged, 1), again);
        var version = Assert.Single(await _store.ListVersionsAsync("kortlek", CancellationToken.None));
        Assert.Equal(("file:kortlek.json", "a"), (version.Origin, version.ContentHash));
    }

    [Fact]
    public async Task ImportAsync_PublishesANewVersion_WhenTheFileChanged()
    {
        await _importer.ImportAsync("kortlek.json", MethodServiceTests.Method("kortlek"), "a", CancellationToken.None);

        var changed = await _importer.ImportAsync("kortlek.json", MethodServiceTests.Method("kortlek") with { Name = LocalizedText.Of("Ny", "New") }, "b", CancellationToken.None);

        Assert.Equal(new ShippedMethodImport(ShippedMethodOutcome.Published, 2), changed);
        Assert.Equal("Ny", (await _store.FindLatestAsync("kortlek", CancellationToken.None))!.Method.Name.Get(Sv));
    }

    [Fact]
    public async Task ImportAsync_KeepsTheDesignersVersion_WhenADesignerEditedSinceTheLastImport()
    {
        await _importer.ImportAsync("kortlek.json", MethodServiceTests.Method("kortlek"), "a", CancellationToken.None);
        await _store.AddVersionAsync(MethodServiceTests.Method("kortlek") with { Name = LocalizedText.Of("Designerns", "The designer's") }, 1, "designer:x", null, DateTimeOffset.UnixEpoch, CancellationToken.None);

        var changed = await _importer.ImportAsync("kortlek.json", MethodServiceTests.Method("kortlek") with { Name = LocalizedText.Of("Filens", "The file's") }, "b", CancellationToken.None);

        Assert.Equal(new ShippedMethodImport(ShippedMethodOutcome.DesignerVersionKept, 2), changed);
        Assert.Equal("Designerns", (await _store.FindLatestAsync("kortlek", CancellationToken.None))!.Method.Name.Get(Sv));
        Assert.Equal(2, (await _store.ListVersionsAsync("kortlek", CancellationToken.None)).Count);
    }
}
