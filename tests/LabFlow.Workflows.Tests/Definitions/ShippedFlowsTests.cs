using System.Text.Json;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Workflows.Tests.Definitions;

/// <summary>Every flow shipped in workflows-json/ loads through the real loader without errors.</summary>
public sealed class ShippedFlowsTests
{
    private readonly WorkflowDefinitionLoader _loader = TestActivityTypes.CreateLoader();

    [Fact]
    public async Task LoadDirectoryAsync_ReportsNoErrors_WhenLoadingShippedFlows()
    {
        var results = await _loader.LoadDirectoryAsync(RepositoryPaths.WorkflowsJson, CancellationToken.None);

        Assert.NotEmpty(results);
        Assert.Empty(results.SelectMany(r => r.Errors).Select(e => e.ToString()));
        Assert.Contains(results, r => r.Definition?.Id == "example-approval");
    }

    [Fact]
    public async Task Serialize_GivesIdenticalText_WhenShippedFlowIsSavedAndLoadedAgain()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.WorkflowsJson, "*.json"))
        {
            var loaded = _loader.Load(Path.GetFileName(file), await File.ReadAllTextAsync(file));
            var saved = WorkflowDefinitionSerializer.Serialize(loaded.Definition!);

            var reloaded = _loader.Load(Path.GetFileName(file), saved);

            Assert.True(reloaded.IsValid, string.Join("\n", reloaded.Errors));
            Assert.Equal(saved, WorkflowDefinitionSerializer.Serialize(reloaded.Definition!));
        }
    }

    [Fact]
    public async Task ExampleApproval_IsWrittenInSavedForm_SoSavingItChangesNothing()
    {
        var file = Path.Combine(RepositoryPaths.WorkflowsJson, "example-approval.json");
        var text = await File.ReadAllTextAsync(file);

        var saved = WorkflowDefinitionSerializer.Serialize(_loader.Load("example-approval.json", text).Definition!);

        Assert.Equal(text, saved);
    }

    [Fact]
    public async Task Schema_IsValidJsonOfDraft202012_WhenRead()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.WorkflowsJson, "schema", "flow.schema.json"));

        using var schema = JsonDocument.Parse(text);

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(JsonValueKind.Object, schema.RootElement.GetProperty("$defs").ValueKind);
    }
}
