using System.Text.Json.Nodes;
using Bunit;
using LabFlow.Activities.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Tasks;

/// <summary>The task page follows the one read rule: a completed sensitive step shows its answers only to its readers.</summary>
public sealed class TaskPageAnswerRightsTests : TaskPageTestContext
{
    private const string Form = """[ { "key": "heading", "type": "Text", "label": { "sv": "Rubrik", "en": "Heading" } } ]""";

    [Fact]
    public async Task Render_ShowsTheAnswers_WhenTheViewerIsAReaderOfTheSensitiveStep()
    {
        // Arrange: the lab's facilitator reads a sensitive step.
        var task = await AddCompletedSensitiveTaskAsync();

        // Act
        var page = RenderAs(Facilitator, task.Id);

        // Assert
        page.WaitForAssertion(() => Assert.Contains("lönegap-4-procent", page.Markup, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("#answers-not-shared"));
    }

    [Fact]
    public async Task Render_ShowsTheStepIsDoneWithoutItsAnswers_WhenTheViewerMayOnlySeeTheLab()
    {
        // Arrange: a coordinator of the administration, not named on the lab, sees it but reads no sensitive answers.
        var task = await AddCompletedSensitiveTaskAsync();

        // Act
        var page = RenderAs(Coordinator2, task.Id);

        // Assert
        page.WaitForAssertion(() => Assert.Equal(
            "Uppgiften är klar. Svaren visas bara för dem som steget delar dem med.",
            page.Find("#answers-not-shared").TextContent));
        Assert.DoesNotContain("lönegap-4-procent", page.Markup, StringComparison.Ordinal);
    }

    private async Task<LabTask> AddCompletedSensitiveTaskAsync()
    {
        var task = await AddTaskAsync(Form);
        var completed = task.WithHistory(new TaskHistoryEntry(Time.GetUtcNow(), Coordinator1.Id.ToString(), TaskHistoryKind.Completed, Note: "done")) with
        {
            Readers = StepReaders.Sensitive,
            Status = LabTaskStatus.Completed,
            Outcome = "done",
            Answers = new JsonObject { ["heading"] = "lönegap-4-procent" },
            ClosedAt = Time.GetUtcNow(),
        };
        return await Services.GetRequiredService<ITaskCommands>().UpdateAsync(completed, task.Version, Token);
    }
}
