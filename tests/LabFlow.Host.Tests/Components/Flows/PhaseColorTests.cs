using Bunit;
using LabFlow.Host.Components.Flows;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Tests.Components.Flows;

/// <summary>A phase's colour: chosen in the flow settings, kept in the flow format, refused when it is not #rrggbb.</summary>
public sealed class PhaseColorTests : FlowPageTestContext
{
    private const string Flow = """
        {
          "id": "coloured",
          "version": 1,
          "name": "Färgat",
          "phases": [ { "id": "explore", "name": "Utforska", "color": "#123abc" } ],
          "activities": [ { "id": "start", "type": "Start", "phase": "explore" } ],
          "connections": []
        }
        """;

    [Fact]
    public void Load_KeepsThePhaseColourThroughSerialisation_WhenItIsAColour()
    {
        var loaded = ShippedFlows.Loader.Load("coloured.json", Flow);

        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Errors));
        Assert.Equal("#123abc", loaded.Definition!.Phases[0].Color);
        Assert.Contains("\"color\": \"#123abc\"", WorkflowDefinitionSerializer.Serialize(loaded.Definition), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RefusesAPhaseColour_WhenItIsNotRrggbb()
    {
        var loaded = ShippedFlows.Loader.Load("coloured.json", Flow.Replace("#123abc", "blue", StringComparison.Ordinal));

        var error = Assert.Single(loaded.Errors);
        Assert.Equal(("$.phases[0].color", ValidationCodes.PhaseColor), (error.Path, error.Code));
    }

    [Fact]
    public async Task SettingsPanel_StoresTheChosenColour_WhenAPhaseColourIsPicked()
    {
        SignInAsDesigner();
        var page = Render<FlowDesignerPage>(p => p.Add(x => x.Id, "learning-seminar"));
        page.Find("#flow-settings-toggle").Click();

        page.Find("#settings-phase-0-color").Change("#AA3300");
        page.Find("#save-draft").Click();

        var draft = (await Store.FindDraftAsync("learning-seminar", Token))!;
        Assert.Equal("#aa3300", draft.Phases[0].Color);
        Assert.Null(draft.Phases.Skip(1).FirstOrDefault()?.Color);
    }
}
