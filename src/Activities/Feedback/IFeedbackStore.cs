namespace LabFlow.Activities.Feedback;

/// <summary>Step feedback and improvement suggestions.</summary>
public interface IFeedbackStore
{
    Task<StepFeedback?> FindFeedbackAsync(Guid taskId, Guid personId, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="feedback"/>, replacing the person's earlier feedback on the same task.</summary>
    Task SaveFeedbackAsync(StepFeedback feedback, CancellationToken cancellationToken);

    /// <summary>A task's feedback, newest first.</summary>
    Task<IReadOnlyList<StepFeedback>> ListFeedbackByTaskAsync(Guid taskId, CancellationToken cancellationToken);

    /// <summary>The feedback on every task of the flow's labs, newest first.</summary>
    Task<IReadOnlyList<StepFeedback>> ListFeedbackByFlowAsync(string definitionId, CancellationToken cancellationToken);

    Task AddSuggestionAsync(FlowSuggestion suggestion, CancellationToken cancellationToken);

    Task<FlowSuggestion?> FindSuggestionAsync(Guid suggestionId, CancellationToken cancellationToken);

    /// <summary>A flow's suggestions, newest first; only those in <paramref name="status"/> when given.</summary>
    Task<IReadOnlyList<FlowSuggestion>> ListSuggestionsAsync(string definitionId, SuggestionStatus? status, CancellationToken cancellationToken);

    /// <summary>Replaces the suggestion when its stored version is <paramref name="expectedVersion"/>; returns <c>false</c> when it changed first.</summary>
    Task<bool> UpdateSuggestionAsync(FlowSuggestion suggestion, long expectedVersion, CancellationToken cancellationToken);
}
