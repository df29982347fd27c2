using System.Collections.Concurrent;

namespace LabFlow.Activities.Feedback;

/// <summary>The default <see cref="IFeedbackStore"/> for tests and the engine's in-memory setup.</summary>
public sealed class InMemoryFeedbackStore : IFeedbackStore
{
    private readonly ConcurrentDictionary<(Guid TaskId, Guid PersonId), StepFeedback> _feedback = new();
    private readonly ConcurrentDictionary<Guid, FlowSuggestion> _suggestions = new();

    public Task<StepFeedback?> FindFeedbackAsync(Guid taskId, Guid personId, CancellationToken cancellationToken) =>
        Task.FromResult(_feedback.GetValueOrDefault((taskId, personId)));

    public Task SaveFeedbackAsync(StepFeedback feedback, CancellationToken cancellationToken)
    {
        _feedback[(feedback.TaskId, feedback.PersonId)] = feedback;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StepFeedback>> ListFeedbackByTaskAsync(Guid taskId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StepFeedback>>([.. _feedback.Values.Where(f => f.TaskId == taskId).OrderByDescending(f => f.UpdatedAt)]);

    public Task<IReadOnlyList<StepFeedback>> ListFeedbackByFlowAsync(string definitionId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StepFeedback>>(
            [.. _feedback.Values.Where(f => string.Equals(f.DefinitionId, definitionId, StringComparison.Ordinal)).OrderByDescending(f => f.UpdatedAt)]);

    public Task AddSuggestionAsync(FlowSuggestion suggestion, CancellationToken cancellationToken)
    {
        _suggestions[suggestion.Id] = suggestion;
        return Task.CompletedTask;
    }

    public Task<FlowSuggestion?> FindSuggestionAsync(Guid suggestionId, CancellationToken cancellationToken) =>
        Task.FromResult(_suggestions.GetValueOrDefault(suggestionId));

    public Task<IReadOnlyList<FlowSuggestion>> ListSuggestionsAsync(string definitionId, SuggestionStatus? status, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FlowSuggestion>>(
            [.. _suggestions.Values
                .Where(s => string.Equals(s.DefinitionId, definitionId, StringComparison.Ordinal) && (status is null || s.Status == status))
                .OrderByDescending(s => s.CreatedAt)]);

    public Task<bool> UpdateSuggestionAsync(FlowSuggestion suggestion, long expectedVersion, CancellationToken cancellationToken)
    {
        if (!_suggestions.TryGetValue(suggestion.Id, out var stored) || stored.Version != expectedVersion)
        {
            return Task.FromResult(false);
        }

        return Task.FromResult(_suggestions.TryUpdate(suggestion.Id, suggestion with { Version = expectedVersion + 1 }, stored));
    }
}
