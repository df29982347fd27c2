using System.Text;
using LabFlow.Host.Infrastructure.Flows;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>The start-up import of shipped flows into the definition store (real SQLite database, real files).</summary>
public sealed class ShippedFlowsImporterTests : StoreTestBase, IDisposable
{
    private readonly string _flows = Directory.CreateTempSubdirectory("labflow-flows-").FullName;

    protected override string Provider => DatabaseProviders.Sqlite;

    [DatabaseFact]
    public async Task ImportAsync_PublishesVersionOne_WhenTheFlowIsNew()
    {
        await WriteFlowAsync(TestFlows.WaitOnce);

        await ImportAsync();

        var version = Assert.Single(await VersionsAsync());
        Assert.Equal(1, version.Definition.Version);
        Assert.Equal("file:wait-once.json", version.Source);
        Assert.Equal(ShippedFlowsImporter.ContentHash(Encoding.UTF8.GetBytes(TestFlows.WaitOnce)), version.ContentHash);
        Assert.Contains("Published shipped flow wait-once.json as wait-once version 1", Node.Logs.At(LogLevel.Information));
    }

    [DatabaseFact]
    public async Task ImportAsync_ChangesNothing_WhenTheFileIsUnchanged()
    {
        await WriteFlowAsync(TestFlows.WaitOnce);
        await ImportAsync();

        await ImportAsync();

        Assert.Single(await VersionsAsync());
    }

    [DatabaseFact]
    public async Task ImportAsync_PublishesANewVersion_WhenTheFileChanged()
    {
        await WriteFlowAsync(TestFlows.WaitOnce);
        await ImportAsync();
        await WriteFlowAsync(TestFlows.WaitOnce.Replace("Wait once", "Wait once, renamed", StringComparison.Ordinal));

        await ImportAsync();
        await ImportAsync();

        var versions = await VersionsAsync();
        Assert.Equal([1, 2], versions.Select(v => v.Definition.Version));
        Assert.Equal("Wait once, renamed", versions[1].Definition.Name.Invariant);
    }

    [DatabaseFact]
    public async Task ImportAsync_KeepsTheDesignersVersionAndWarns_WhenADesignerPublishedSinceTheLastImport()
    {
        await WriteFlowAsync(TestFlows.WaitOnce);
        await ImportAsync();
        await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>()
            .PublishAsync(WorkflowDefinitionSerializer.Deserialize(TestFlows.WaitOnce), "designer@example.org", null, Node.Token));
        await WriteFlowAsync(TestFlows.WaitOnce.Replace("Wait once", "Wait once, renamed", StringComparison.Ordinal));

        await ImportAsync();

        var versions = await VersionsAsync();
        Assert.Equal([1, 2], versions.Select(v => v.Definition.Version));
        Assert.Equal("designer@example.org", versions[1].Source);
        Assert.Contains(
            "Shipped flow wait-once.json changed, but a designer has published wait-once version 2 since it was last imported; the designer's version stays. Publish the file's changes in the designer if they are wanted.",
            Node.Logs.At(LogLevel.Warning));
    }

    public void Dispose() => Directory.Delete(_flows, recursive: true);

    private Task WriteFlowAsync(string json) => File.WriteAllTextAsync(Path.Combine(_flows, "wait-once.json"), json, Node.Token);

    private Task ImportAsync() =>
        Node.InScopeAsync(async sp =>
        {
            var flows = await sp.GetRequiredService<WorkflowDefinitionLoader>().LoadDirectoryAsync(_flows, Node.Token);
            Assert.All(flows, f => Assert.True(f.IsValid, string.Join("\n", f.Errors)));
            await sp.GetRequiredService<ShippedFlowsImporter>().ImportAsync(_flows, flows, Node.Token);
        });

    private Task<IReadOnlyList<StoredWorkflowDefinition>> VersionsAsync() =>
        Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>().ListVersionsAsync("wait-once", Node.Token));
}
