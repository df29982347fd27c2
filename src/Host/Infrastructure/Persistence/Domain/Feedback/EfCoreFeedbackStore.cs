using LabFlow.Activities.Feedback;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Feedback;

/// <summary>Step feedback and improvement suggestions in the database.</summary>
internal sealed class EfCoreFeedbackStore(LabFlowDbContext db) : IFeedbackStore
{
    private IQueryable<StepFeedbackRow> Feedback => db.Set<StepFeedbackRow>().AsNoTracking();

    private IQueryable<FlowSuggestionRow> Suggestions => db.Set<FlowSuggestionRow>().AsNoTracking();

    public async Task<StepFeedback?> FindFeedbackAsync(Guid taskId, Guid personId, CancellationToken cancellationToken)
    {
        var row = await Feedback.FirstOrDefaultAsync(f => f.TaskId == taskId && f.PersonId == personId, cancellationToken);
        return row is null ? null : ToFeedback(row);
    }

    public Task SaveFeedbackAsync(StepFeedback feedback, CancellationToken cancellationToken) =>
        db.UpsertAsync(
            () => db.Set<StepFeedbackRow>()
                .Where(f => f.TaskId == feedback.TaskId && f.PersonId == feedback.PersonId)
                .ExecuteUpdateAsync(
                    f => f.SetProperty(r => r.Rating, feedback.Rating)
                        .SetProperty(r => r.Worked, feedback.Worked)
                        .SetProperty(r => r.DidNotWork, feedback.DidNotWork)
                        .SetProperty(r => r.UpdatedAt, feedback.UpdatedAt),
                    cancellationToken),
            () => db.Add(ToRow(feedback)),
            cancellationToken);

    public async Task<IReadOnlyList<StepFeedback>> ListFeedbackByTaskAsync(Guid taskId, CancellationToken cancellationToken) =>
        [.. (await Feedback.Where(f => f.TaskId == taskId).OrderByDescending(f => f.UpdatedAt).ToListAsync(cancellationToken)).Select(ToFeedback)];

    public async Task<IReadOnlyList<StepFeedback>> ListFeedbackByFlowAsync(string definitionId, CancellationToken cancellationToken) =>
        [.. (await Feedback.Where(f => f.DefinitionId == definitionId).OrderByDescending(f => f.UpdatedAt).ToListAsync(cancellationToken)).Select(ToFeedback)];

    public async Task AddSuggestionAsync(FlowSuggestion suggestion, CancellationToken cancellationToken)
    {
        db.Add(ToRow(suggestion));
        await db.SaveAndForgetAsync(cancellationToken);
    }

    public async Task<FlowSuggestion?> FindSuggestionAsync(Guid suggestionId, CancellationToken cancellationToken)
    {
        var row = await Suggestions.FirstOrDefaultAsync(s => s.Id == suggestionId, cancellationToken);
        return row is null ? null : ToSuggestion(row);
    }

    public async Task<IReadOnlyList<FlowSuggestion>> ListSuggestionsAsync(string definitionId, SuggestionStatus? status, CancellationToken cancellationToken)
    {
        var query = Suggestions.Where(s => s.DefinitionId == definitionId);
        if (status is { } wanted)
        {
            var name = wanted.ToString();
            query = query.Where(s => s.Status == name);
        }

        return [.. (await query.OrderByDescending(s => s.CreatedAt).ToListAsync(cancellationToken)).Select(ToSuggestion)];
    }

    public async Task<bool> UpdateSuggestionAsync(FlowSuggestion suggestion, long expectedVersion, CancellationToken cancellationToken)
    {
        // The version in the WHERE makes two answers at once have one winner.
        var updated = await db.Set<FlowSuggestionRow>()
            .Where(s => s.Id == suggestion.Id && s.Version == expectedVersion)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, suggestion.Status.ToString())
                    .SetProperty(r => r.Reply, suggestion.Reply)
                    .SetProperty(r => r.RepliedBy, suggestion.RepliedBy)
                    .SetProperty(r => r.RepliedAt, suggestion.RepliedAt)
                    .SetProperty(r => r.Version, expectedVersion + 1),
                cancellationToken);
        return updated == 1;
    }

    private static StepFeedbackRow ToRow(StepFeedback f) => new()
    {
        Id = f.Id,
        TaskId = f.TaskId,
        LabId = f.LabId,
        DefinitionId = f.DefinitionId,
        ActivityId = f.ActivityId,
        PersonId = f.PersonId,
        Rating = f.Rating,
        Worked = f.Worked,
        DidNotWork = f.DidNotWork,
        CreatedAt = f.CreatedAt,
        UpdatedAt = f.UpdatedAt,
    };

    private static StepFeedback ToFeedback(StepFeedbackRow r) =>
        new(r.Id, r.TaskId, r.LabId, r.DefinitionId, r.ActivityId, r.PersonId, r.Rating, r.Worked, r.DidNotWork, r.CreatedAt, r.UpdatedAt);

    private static FlowSuggestionRow ToRow(FlowSuggestion s) => new()
    {
        Id = s.Id,
        DefinitionId = s.DefinitionId,
        TaskId = s.TaskId,
        LabId = s.LabId,
        ActivityId = s.ActivityId,
        AuthorId = s.AuthorId,
        Text = s.Text,
        Status = s.Status.ToString(),
        CreatedAt = s.CreatedAt,
        Reply = s.Reply,
        RepliedBy = s.RepliedBy,
        RepliedAt = s.RepliedAt,
        Version = s.Version,
    };

    private static FlowSuggestion ToSuggestion(FlowSuggestionRow r) =>
        new(
            r.Id,
            r.DefinitionId,
            r.TaskId,
            r.LabId,
            r.ActivityId,
            r.AuthorId,
            r.Text,
            Enum.Parse<SuggestionStatus>(r.Status),
            r.CreatedAt,
            r.Reply,
            r.RepliedBy,
            r.RepliedAt,
            r.Version);
}
