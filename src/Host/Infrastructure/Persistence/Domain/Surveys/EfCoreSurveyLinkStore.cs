using LabFlow.Activities.Surveys;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Surveys;

/// <summary>Personal survey links in the database; redeeming is one conditional UPDATE, so a race has one winner.</summary>
internal sealed class EfCoreSurveyLinkStore(LabFlowDbContext db) : ISurveyLinkStore
{
    public async Task AddAsync(IReadOnlyList<SurveyLink> links, CancellationToken cancellationToken)
    {
        db.AddRange(links.Select(l => new SurveyLinkRow
        {
            Id = l.Id,
            TokenHash = l.TokenHash,
            LabId = l.LabId,
            ActivityId = l.ActivityId,
            ParticipantId = l.ParticipantId,
            ExpiresAt = l.ExpiresAt.ToUniversalTime(),
            CreatedBy = l.CreatedBy,
            CreatedAt = l.CreatedAt.ToUniversalTime(),
            UsedAt = l.UsedAt?.ToUniversalTime(),
            AnswerTaskId = l.AnswerTaskId,
        }));
        await db.SaveAndForgetAsync(cancellationToken);
    }

    public async Task<SurveyLink?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var row = await db.Set<SurveyLinkRow>().AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == tokenHash, cancellationToken);
        return row is null ? null : ToLink(row);
    }

    public async Task<IReadOnlyList<SurveyLink>> ListAsync(Guid labId, string activityId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<SurveyLinkRow>().AsNoTracking()
            .Where(l => l.LabId == labId && l.ActivityId == activityId)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToLink).OrderBy(l => l.CreatedAt)];
    }

    public async Task<bool> TryRedeemAsync(Guid linkId, DateTimeOffset at, Guid answerTaskId, CancellationToken cancellationToken)
    {
        var usedAt = at.ToUniversalTime();
        var changed = await db.Set<SurveyLinkRow>()
            .Where(l => l.Id == linkId && l.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, usedAt).SetProperty(l => l.AnswerTaskId, answerTaskId), cancellationToken);
        return changed == 1;
    }

    public Task ReleaseAsync(Guid linkId, Guid answerTaskId, CancellationToken cancellationToken) =>
        db.Set<SurveyLinkRow>()
            .Where(l => l.Id == linkId && l.AnswerTaskId == answerTaskId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, (DateTimeOffset?)null).SetProperty(l => l.AnswerTaskId, (Guid?)null), cancellationToken);

    private static SurveyLink ToLink(SurveyLinkRow row) =>
        new(row.Id, row.TokenHash, row.LabId, row.ActivityId, row.ParticipantId, row.ExpiresAt, row.CreatedBy, row.CreatedAt, row.UsedAt, row.AnswerTaskId);
}
