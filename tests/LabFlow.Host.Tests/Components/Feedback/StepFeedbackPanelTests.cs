using Bunit;
using LabFlow.Activities.Feedback;
using LabFlow.Host.Tests.Components.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Feedback;

public sealed class StepFeedbackPanelTests : TaskPageTestContext
{
    private IFeedbackStore Store => Services.GetRequiredService<IFeedbackStore>();

    [Fact]
    public async Task SaveFeedback_StoresTheRatingAndShowsItAgain_WhenThePersonOnTheLabRatesTheStep()
    {
        // Arrange
        var task = await AddTaskAsync(assigneeId: Coordinator1.Id);
        var page = RenderAs(Coordinator1, task.Id);
        page.WaitForElement("#step-feedback");

        // Act
        page.Find("#feedback-rating-4").Change("4");
        page.Find("#feedback-did-not-work").Change("För lite tid");
        page.Find("#save-feedback").Click();

        // Assert
        page.WaitForAssertion(() => Assert.Equal("Tack! Din återkoppling är sparad.", page.Find("#feedback-notice").TextContent));
        var stored = await Store.FindFeedbackAsync(task.Id, Coordinator1.Id, Token);
        Assert.Equal(4, stored!.Rating);
        Assert.Equal("För lite tid", stored.DidNotWork);
        var again = RenderAs(Coordinator1, task.Id);
        again.WaitForAssertion(() => Assert.Equal("Ditt betyg hittills: 4 av 5.", again.Find("#feedback-earlier").TextContent));
        Assert.True(again.Find("#feedback-rating-4").HasAttribute("checked"));
    }

    [Fact]
    public async Task SaveFeedback_ShowsTheRatingError_WhenNoRatingIsChosen()
    {
        // Arrange
        var task = await AddTaskAsync(assigneeId: Coordinator1.Id);
        var page = RenderAs(Coordinator1, task.Id);
        page.WaitForElement("#step-feedback");

        // Act
        page.Find("#save-feedback").Click();

        // Assert
        page.WaitForAssertion(() => Assert.Equal("Betyget måste vara ett heltal från 1 till 5; du skickade 0.", page.Find("#feedback-rating-error").TextContent));
        Assert.Null(await Store.FindFeedbackAsync(task.Id, Coordinator1.Id, Token));
    }

    [Fact]
    public async Task SendSuggestion_PutsItInTheFlowsInbox_WhenThePersonWritesOne()
    {
        // Arrange
        var task = await AddTaskAsync(assigneeId: Coordinator1.Id);
        var page = RenderAs(Coordinator1, task.Id);
        page.WaitForElement("#step-feedback");

        // Act
        page.Find("#suggestion-text").Change("Ge steget två veckor.");
        page.Find("#send-suggestion").Click();

        // Assert
        page.WaitForAssertion(() => Assert.Equal("Tack! Förslaget har skickats till projektteamet.", page.Find("#suggestion-notice").TextContent));
        var suggestion = Assert.Single(await Store.ListSuggestionsAsync(Lab.DefinitionId, null, Token));
        Assert.Equal("Ge steget två veckor.", suggestion.Text);
        Assert.Equal(SuggestionStatus.New, suggestion.Status);
        Assert.Equal(Coordinator1.Id, suggestion.AuthorId);
    }

    [Fact]
    public async Task Render_LeavesOutTheFeedbackSection_WhenTheViewerIsNotOnTheLab()
    {
        // Arrange: Coordinator2 sees the administration's labs but is neither on this lab nor on the task.
        var task = await AddTaskAsync(assigneeId: Coordinator1.Id);

        // Act
        var page = RenderAs(Coordinator2, task.Id);

        // Assert
        page.WaitForElement("#comments-title");
        Assert.Empty(page.FindAll("#step-feedback"));
    }
}
