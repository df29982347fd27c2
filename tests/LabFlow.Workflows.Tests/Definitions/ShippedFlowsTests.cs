using System.Text.Json;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Workflows.Tests.Definitions;

/// <summary>
/// The core-only example flow loads through the real loader with the core activity types. The lab flows need the lab
/// domain's activity types, so the Activities tests load every shipped file.
/// </summary>
public sealed class ShippedFlowsTests
{
    private const string ExampleFile = "example-approval.json";

    private readonly WorkflowDefinitionLoader _loader = TestActivityTypes.CreateLoader();

    [Fact]
    public async Task Load_ReportsNoErrors_WhenLoadingTheExampleFlow()
    {
        var file = Path.Combine(RepositoryPaths.WorkflowsJson, ExampleFile);

        var result = _loader.Load(ExampleFile, await File.ReadAllTextAsync(file));

        Assert.Empty(result.Errors.Select(e => e.ToString()));
        Assert.Equal("example-approval", result.Definition?.Id);
    }

    [Fact]
    public async Task Serialize_GivesIdenticalText_WhenExampleFlowIsSavedAndLoadedAgain()
    {
        var file = Path.Combine(RepositoryPaths.WorkflowsJson, ExampleFile);
        var loaded = _loader.Load(ExampleFile, await File.ReadAllTextAsync(file));
        var saved = WorkflowDefinitionSerializer.Serialize(loaded.Definition!);

        var reloaded = _loader.Load(ExampleFile, saved);

        Assert.True(reloaded.IsValid, string.Join("\n", reloaded.Errors));
        Assert.Equal(saved, WorkflowDefinitionSerializer.Serialize(reloaded.Definition!));
    }

    [Fact]
    public async Task ExampleApproval_IsWrittenInSavedForm_SoSavingItChangesNothing()
    {
        var file = Path.Combine(RepositoryPaths.WorkflowsJson, ExampleFile);
        var text = await File.ReadAllTextAsync(file);

        var saved = WorkflowDefinitionSerializer.Serialize(_loader.Load(ExampleFile, text).Definition!);

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
