using LabFlow.Workflows.Definitions;

namespace LabFlow.Workflows.Tests.Definitions;

/// <summary>A flow's <c>kind</c>: read from the file, lab when absent, refused with the allowed values when unknown, kept on save.</summary>
public sealed class FlowKindTests
{
    private const string File = "kinds.json";

    private readonly WorkflowDefinitionLoader _loader = TestActivityTypes.CreateLoader();

    private static string Flow(string kindProperty) => $$"""
        {
          "id": "kinds",
          "version": 1,
          {{kindProperty}}
          "name": "Sorter",
          "activities": [ { "id": "start", "type": "Start" }, { "id": "end", "type": "End" } ],
          "connections": [ { "from": "start", "to": "end" } ]
        }
        """;

    [Theory]
    [InlineData("\"kind\": \"lab\",", FlowKind.Lab)]
    [InlineData("\"kind\": \"conference\",", FlowKind.Conference)]
    [InlineData("\"kind\": \"seminar\",", FlowKind.Seminar)]
    [InlineData("\"kind\": \"activeMeasures\",", FlowKind.ActiveMeasures)]
    [InlineData("\"kind\": \"leadingChange\",", FlowKind.LeadingChange)]
    [InlineData("\"kind\": \"other\",", FlowKind.Other)]
    [InlineData("", FlowKind.Lab)]
    public void Load_ReadsTheKind_AndTakesLabWhenTheFileHasNone(string kindProperty, FlowKind expected)
    {
        // Act
        var result = _loader.Load(File, Flow(kindProperty));

        // Assert
        Assert.Empty(result.Errors);
        Assert.Equal(expected, result.Definition!.Kind);
    }

    [Theory]
    [InlineData("\"kind\": \"labb\",", "\"labb\"")]
    [InlineData("\"kind\": \"Conference\",", "\"Conference\"")]
    [InlineData("\"kind\": 1,", "1")]
    public void Load_RefusesAnUnknownKind_NamingTheFilePathAndAllowedValues(string kindProperty, string shown)
    {
        // Act
        var result = _loader.Load(File, Flow(kindProperty));

        // Assert
        Assert.Null(result.Definition);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationCodes.UnknownFlowKind, error.Code);
        Assert.Equal(
            $"kinds.json: $.kind: unknown kind {shown}; write one of lab, conference, seminar, activeMeasures, leadingChange, other (\"lab\" when the flow is a lab).",
            error.ToString());
    }

    [Fact]
    public void Serialize_WritesTheKindByItsFileName_SoLoadSaveLoadKeepsIt()
    {
        // Arrange
        var loaded = _loader.Load(File, Flow("\"kind\": \"activeMeasures\",")).Definition!;

        // Act
        var saved = WorkflowDefinitionSerializer.Serialize(loaded);

        // Assert
        Assert.Contains("\"kind\": \"activeMeasures\"", saved, StringComparison.Ordinal);
        Assert.Equal(FlowKind.ActiveMeasures, _loader.Load(File, saved).Definition!.Kind);
    }

    [Fact]
    public void All_NamesEveryKind_InTheSchemasOrder()
    {
        // Arrange
        var schema = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(RepositoryPaths.WorkflowsJson, "schema", "flow.schema.json")))!;

        // Act
        var names = schema["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        // Assert
        Assert.Equal(FlowKinds.All, names);
        Assert.Equal(Enum.GetValues<FlowKind>().Length, FlowKinds.All.Count);
    }
}
