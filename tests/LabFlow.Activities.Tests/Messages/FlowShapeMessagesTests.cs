using LabFlow.Activities.Messages;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tests.Messages;

/// <summary>
/// The flow document's shape errors (missing and wrongly typed properties) carry codes, so the import and the designer
/// show them in Swedish with their JSON path instead of an English sentence inside a Swedish frame.
/// </summary>
public sealed class FlowShapeMessagesTests
{
    private const string BrokenShape = """
        {
          "version": "1",
          "name": 5,
          "phases": [ { "id": "explore" }, { "name": "Utan id" } ],
          "inputs": [ { "type": "Strng", "required": "yes" }, { "name": "n", "type": "Banana" } ],
          "variables": [ { "type": "Number" } ],
          "activities": [ { "name": { } }, { "id": "a", "type": "Start", "designer": { "x": "1" } } ],
          "connections": [ { "outcome": 3 } ]
        }
        """;

    [Fact]
    public async Task Load_CodesEveryShapeError_WhenTheDocumentHasWrongAndMissingProperties()
    {
        // Arrange
        await using var host = new LabTestHost();

        // Act
        var errors = host.Load(BrokenShape).Errors;

        // Assert
        Assert.DoesNotContain(errors, e => e.Code == ValidationCodes.Other);
        Assert.All(errors, e => Assert.Equal(MessageCatalogue.Render(e.Code, e.Arguments, MessageCatalogue.English), e.Message));
        string[] expected =
        [
            ValidationCodes.FlowMissingId, ValidationCodes.VersionNotWhole, ValidationCodes.ExpectedText, ValidationCodes.PhaseMissingName,
            ValidationCodes.PhaseMissingId, ValidationCodes.InputMissingName, ValidationCodes.UnknownValueTypeSuggested, ValidationCodes.ExpectedBoolean,
            ValidationCodes.UnknownValueType, ValidationCodes.VariableMissingName, ValidationCodes.ActivityMissingId, ValidationCodes.ActivityMissingType,
            ValidationCodes.TextNoCultures, ValidationCodes.ExpectedNumber, ValidationCodes.ConnectionMissingFrom, ValidationCodes.ConnectionMissingTo,
            ValidationCodes.ExpectedString,
        ];
        Assert.Empty(expected.Except(errors.Select(e => e.Code)));
    }

    [Fact]
    public async Task Render_SaysTheShapeErrorInSwedishWithTheValueAsWritten_WhenThePageIsSwedish()
    {
        // Arrange
        await using var host = new LabTestHost();

        // Act
        var errors = host.Load(BrokenShape).Errors;
        string Swedish(string path) => MessageCatalogue.Render(
            errors.Single(e => e.Path == path).Code, errors.Single(e => e.Path == path).Arguments, MessageCatalogue.Swedish);

        // Assert
        Assert.Equal("versionen ska vara ett heltal (fann \"1\"); skriv versionen som ett tal, till exempel 1.", Swedish("$.version"));
        Assert.Equal("fasen 'explore' saknar namn; lägg till \"name\": { \"sv\": \"…\", \"en\": \"…\" }.", Swedish("$.phases[0].name"));
        Assert.Equal("okänd typ 'Strng' (menade du 'String'?)", Swedish("$.inputs[0].type"));
        Assert.Equal("egenskapen ska vara true eller false (fann \"yes\"); skriv true eller false utan citattecken.", Swedish("$.inputs[0].required"));
        Assert.Equal("egenskapen ska vara ett tal (fann \"1\"); skriv talet utan citattecken.", Swedish("$.activities[1].designer.x"));
    }
}
