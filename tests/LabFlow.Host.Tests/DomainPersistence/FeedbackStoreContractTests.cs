using LabFlow.Activities.Feedback;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>The database store of step feedback and improvement suggestions (EfCoreFeedbackStore), on every provider.</summary>
public abstract class FeedbackStoreContractTests : DomainStoreTestBase
{
    private static readonly Guid TaskId = Guid.Parse("50000000-0000-0000-0000-000000000001");
    private static readonly Guid LabId = Guid.Parse("50000000-0000-0000-0000-000000000002");
    private static readonly Guid Person = Guid.Parse("50000000-0000-0000-0000-000000000003");
    private static readonly DateTimeOffset At = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

    [DatabaseFact]
    public async Task SaveFeedbackAsync_KeepsOneRowPerPersonAndTask_WhenSavedTwice()
    {
        // Arrange
        var first = new StepFeedback(Guid.NewGuid(), TaskId, LabId, "flow-a", "interview", Person, 4, "Bra", null, At, At);
        await InScopeAsync<IFeedbackStore>(s => s.SaveFeedbackAsync(first, Token));

        // Act
        await InScopeAsync<IFeedbackStore>(s => s.SaveFeedbackAsync(first with { Rating = 2, Worked = null, DidNotWork = "För kort", UpdatedAt = At.AddDays(1) }, Token));
        var byTask = await InScopeAsync<IFeedbackStore, IReadOnlyList<StepFeedback>>(s => s.ListFeedbackByTaskAsync(TaskId, Token));
        var byFlow = await InScopeAsync<IFeedbackStore, IReadOnlyList<StepFeedback>>(s => s.ListFeedbackByFlowAsync("flow-a", Token));
        var otherFlow = await InScopeAsync<IFeedbackStore, IReadOnlyList<StepFeedback>>(s => s.ListFeedbackByFlowAsync("flow-b", Token));

        // Assert
        var stored = Assert.Single(byTask);
        Assert.Equal(first with { Rating = 2, Worked = null, DidNotWork = "För kort", UpdatedAt = At.AddDays(1) }, stored);
        Assert.Equal(stored, Assert.Single(byFlow));
        Assert.Empty(otherFlow);
    }

    [DatabaseFact]
    public async Task UpdateSuggestionAsync_HasOneWinner_WhenTwoAnswersCarryTheSameVersion()
    {
        // Arrange
        var suggestion = new FlowSuggestion(Guid.NewGuid(), "flow-a", TaskId, LabId, "interview", Person, "Kortare", SuggestionStatus.New, At);
        await InScopeAsync<IFeedbackStore>(s => s.AddSuggestionAsync(suggestion, Token));

        // Act
        var first = await InScopeAsync<IFeedbackStore, bool>(s => s.UpdateSuggestionAsync(suggestion with { Status = SuggestionStatus.Planned, Reply = "Ja", RepliedBy = Person, RepliedAt = At }, 0, Token));
        var second = await InScopeAsync<IFeedbackStore, bool>(s => s.UpdateSuggestionAsync(suggestion with { Status = SuggestionStatus.Declined }, 0, Token));
        var planned = await InScopeAsync<IFeedbackStore, IReadOnlyList<FlowSuggestion>>(s => s.ListSuggestionsAsync("flow-a", SuggestionStatus.Planned, Token));
        var fresh = await InScopeAsync<IFeedbackStore, IReadOnlyList<FlowSuggestion>>(s => s.ListSuggestionsAsync("flow-a", SuggestionStatus.New, Token));

        // Assert
        Assert.True(first);
        Assert.False(second);
        Assert.Equal(suggestion with { Status = SuggestionStatus.Planned, Reply = "Ja", RepliedBy = Person, RepliedAt = At, Version = 1 }, Assert.Single(planned));
        Assert.Empty(fresh);
    }
}
