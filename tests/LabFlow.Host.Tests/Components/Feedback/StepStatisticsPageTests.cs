using Bunit;
using LabFlow.Activities.Feedback;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Components.Feedback;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Feedback;

/// <summary>The statistics table, the screen-reader equivalent of the canvas overlay: every number under its column and row header.</summary>
public sealed class StepStatisticsPageTests : StepStatisticsTestContext
{
    private static readonly Person Designer = new(Guid.Parse("40000000-0000-0000-0000-000000000001"), "Dana Designer", "dana@example.se");

    [Fact]
    public async Task Render_ShowsEachStepsNumbersInATableWithHeaders_WhenTheFlowHasRun()
    {
        // Arrange: a lab started Thursday 18 June; its task, created 18 June 08:00 UTC and due Monday 22 June (4 days),
        // is completed 1.5 days later and rated 5.
        AddDesigner(Designer);
        var task = await LaunchOneStepLabAsync("statistics-page");
        Time.Advance(TimeSpan.FromHours(36));
        await Services.GetRequiredService<TaskService>().CompleteAsync(task.Id, Facilitator.Id, null, null, Token);
        await Services.GetRequiredService<FeedbackService>().GiveAsync(task.Id, Facilitator.Id, new StepFeedbackInput(5, "Tydligt", null), Token);

        // Act
        var page = RenderAsDesigner();

        // Assert
        page.WaitForElement("#statistics-table");
        Assert.Equal("Statistik per steg", page.Find("#statistics-table caption").TextContent);
        Assert.Equal(
            ["Steg", "Körningar", "Mediantid (dagar)", "Planerad tid (dagar)", "Försenade", "Hoppades över", "Skickades tillbaka", "Snittbetyg", "Senaste kommentarer"],
            page.FindAll("#statistics-table thead th[scope=col]").Select(th => th.TextContent));
        var row = page.Find("#step-interview");
        Assert.StartsWith("Intervjua medarbetare", row.QuerySelector("th[scope=row]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["1", "1,5", "4", "0 %", "0 %", "0 %", "5 av 5 (1 st)", "5/5: Fungerade: Tydligt"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal("1 labb räknade.", page.Find("#statistics-labs").TextContent);
        Assert.Equal("region", page.Find(".lf-table-scroll").GetAttribute("role"));
    }

    [Fact]
    public void Render_ShowsThatNothingRan_WhenTheFlowHasNoLabs()
    {
        // Arrange
        AddDesigner(Designer);

        // Act
        var page = RenderAsDesigner();

        // Assert
        page.WaitForAssertion(() => Assert.Equal("Inga steg har körts ännu i labb med det här flödet.", page.Find("#statistics-empty").TextContent));
        Assert.Empty(page.FindAll("#statistics-table"));
    }

    private IRenderedComponent<StepStatisticsPage> RenderAsDesigner()
    {
        SignIn(Designer);
        return Render<StepStatisticsPage>(parameters => parameters.Add(p => p.FlowId, "statistics-page"));
    }
}
