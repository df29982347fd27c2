namespace LabFlow.Activities.Surveys;

/// <summary>The default store (tests and the in-memory composition); the Host replaces it with the database.</summary>
public sealed class InMemorySurveyLinkStore : ISurveyLinkStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, SurveyLink> _links = [];

    public Task AddAsync(IReadOnlyList<SurveyLink> links, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var link in links)
            {
                _links[link.Id] = link;
            }
        }

        return Task.CompletedTask;
    }

    public Task<SurveyLink?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_links.Values.FirstOrDefault(l => string.Equals(l.TokenHash, tokenHash, StringComparison.Ordinal)));
        }
    }

    public Task<IReadOnlyList<SurveyLink>> ListAsync(Guid labId, string activityId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<SurveyLink>>(
                [.. _links.Values.Where(l => l.LabId == labId && string.Equals(l.ActivityId, activityId, StringComparison.Ordinal)).OrderBy(l => l.CreatedAt)]);
        }
    }

    public Task<bool> TryRedeemAsync(Guid linkId, DateTimeOffset at, Guid answerTaskId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_links.TryGetValue(linkId, out var link) || link.UsedAt is not null)
            {
                return Task.FromResult(false);
            }

            _links[linkId] = link with { UsedAt = at, AnswerTaskId = answerTaskId };
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(Guid linkId, Guid answerTaskId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_links.TryGetValue(linkId, out var link) && link.AnswerTaskId == answerTaskId)
            {
                _links[linkId] = link with { UsedAt = null, AnswerTaskId = null };
            }
        }

        return Task.CompletedTask;
    }
}
