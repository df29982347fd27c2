using Bunit;
using LabFlow.Activities.Feedback;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Components.Feedback;
using LabFlow.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Feedback;

/// <summary>The designer's heat overlay: a node's colour comes with a border pattern and a line of text, a legend and a table give the same.</summary>
public sealed class StepHeatOverlayTests : StepStatisticsTestContext
{
    private static readonly Person Designer = new(Guid.Parse("40000000-0000-0000-0000-000000000002"), "Dina Designer", "dina@example.se");

    [Fact]
    public async Task Toggle_MarksTheNodeWithColourPatternAndText_WhenAStepIsRatedLow()
    {
        // Arrange: one run, completed on time and rated 2 of 5, so the step needs review (a rating under 2.5).
        AddDesigner(Designer);
        var task = await LaunchOneStepLabAsync("heat-overlay");
        await Services.GetRequiredService<TaskService>().CompleteAsync(task.Id, Facilitator.Id, null, null, Token);
        await Services.GetRequiredService<FeedbackService>().GiveAsync(task.Id, Facilitator.Id, new StepFeedbackInput(2, null, "Otydligt"), Token);
        SignIn(Designer);
        var overlay = Render<StepHeatOverlay>(parameters => parameters.Add(p => p.FlowId, "heat-overlay"));

        // Act
        overlay.Find("#heat-toggle").Click();

        // Assert
        overlay.WaitForElement("#heat-table");
        Assert.Equal("true", overlay.Find("#heat-toggle").GetAttribute("aria-pressed"));
        var style = overlay.Find("#heat-overlay style").TextContent;
        Assert.Contains(".lf-node[data-activity-id=\"interview\"] { background: #fde2e1; border: 4px double #a4161a; }", style, StringComparison.Ordinal);
        Assert.Contains("content: \"Behöver ses över · 1 körn. · 0 % förs. · 2/5\"", style, StringComparison.Ordinal);
        Assert.Equal(
            ["Behöver ses över: dubbel röd ram: minst hälften försenade, en tredjedel tillbakaskickade eller överhoppade, eller snittbetyg under 2,5",
             "Håll ögonen på: streckad gul ram: minst en femtedel försenade, en tiondel tillbakaskickade eller överhoppade, eller snittbetyg under 3,5",
             "Fungerar: hel grön ram: inget av det ovan"],
            overlay.FindAll("#heat-legend li").Select(li => li.TextContent.Trim()));
        var row = overlay.Find("#heat-interview");
        Assert.StartsWith("Intervjua medarbetare", row.QuerySelector("th[scope=row]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Behöver ses över", "1", "0", "4", "0 %", "0 %", "0 %", "2 av 5 (1 st)"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Theory]
    [InlineData(0.5, 0, 0, null, StepHeatLevel.Review)]
    [InlineData(0, 0.34, 0, null, StepHeatLevel.Review)]
    [InlineData(0.2, 0, 0, 4.0, StepHeatLevel.Watch)]
    [InlineData(0, 0, 0.1, null, StepHeatLevel.Watch)]
    [InlineData(0, 0, 0, 3.4, StepHeatLevel.Watch)]
    [InlineData(0.19, 0.09, 0.09, 3.5, StepHeatLevel.Works)]
    internal void Of_GivesTheLevel_WhenTheNumbersCrossItsThresholds(double overdue, double skipped, double sentBack, double? rating, StepHeatLevel expected)
    {
        // Arrange
        var step = new StepStatistics("s", LocalizedText.Of("S"), 10, 10, 1, 1, overdue, skipped, sentBack, rating, rating is null ? 0 : 1, []);

        // Act
        var level = StepHeat.Of(step);

        // Assert
        Assert.Equal(expected, level);
    }
}
