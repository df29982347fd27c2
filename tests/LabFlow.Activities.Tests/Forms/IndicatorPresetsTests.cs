using LabFlow.Activities.Forms;

namespace LabFlow.Activities.Tests.Forms;

public sealed class IndicatorPresetsTests
{
    [Fact]
    public void Create_GivesTheBaselineRowsByWomenAndMen_WhenThePresetIsIndicatorsBySex()
    {
        // Act
        var field = FormPresets.Create(FormPresets.IndicatorsBySex, "indicators", required: true)!;

        // Assert
        Assert.Equal((FormFieldType.Group, true, FormPresets.IndicatorsBySex), (field.Type, field.Required, field.Preset));
        Assert.Equal(["indicator", "women", "men", "other", "unit"], field.Fields.Select(f => f.Key));
        Assert.Equal(["indicator", "women", "men"], field.Fields.Where(f => f.Required).Select(f => f.Key));
    }

    [Fact]
    public void Create_GivesBaselineAndCurrentValuesByWomenAndMen_WhenThePresetIsIndicatorsBySexFollowUp()
    {
        // Act
        var field = FormPresets.Create(FormPresets.IndicatorsBySexFollowUp, "indicators", required: false)!;

        // Assert
        Assert.Equal((FormFieldType.Group, false), (field.Type, field.Required));
        Assert.Equal(["indicator", "baselineWomen", "baselineMen", "currentWomen", "currentMen", "comment"], field.Fields.Select(f => f.Key));
        Assert.Equal("Indikatorer mot nuläget, uppdelade på kön", field.Label.Get(System.Globalization.CultureInfo.GetCultureInfo("sv")));
    }
}
