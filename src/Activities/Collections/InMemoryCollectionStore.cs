using System.Text.Json.Nodes;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence.InMemory;

namespace LabFlow.Activities.Collections;

/// <summary>Collections in memory; opening and closing apply with their burst's commit.</summary>
public sealed class InMemoryCollectionStore : ICollectionStore, ICollectionCommands, IIdeaBoardStore, IInMemoryCommitParticipant
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, LabCollection> _collections = [];
    private readonly List<IdeaSubmission> _submissions = [];
    private readonly List<IdeaVote> _votes = [];
    private readonly Dictionary<(Guid, Guid), VoterTally> _tallies = [];
    private readonly Dictionary<Guid, IdeaCuration> _curations = [];
    private readonly List<IdeaRevision> _revisions = [];

    public void Apply(WorkflowCommit commit)
    {
        lock (_gate)
        {
            foreach (var effect in commit.Effects)
            {
                switch (effect)
                {
                    case CollectionOpened opened:
                        _collections.TryAdd(opened.Collection.Id, opened.Collection with { Form = (JsonArray?)opened.Collection.Form?.DeepClone() });
                        break;
                    case CollectionClosed closed when _collections.TryGetValue(closed.CollectionId, out var collection) && collection.IsOpen:
                        _collections[closed.CollectionId] = collection with { ClosedAt = closed.At };
                        if (closed.ForgetVoters)
                        {
                            for (var i = 0; i < _votes.Count; i++)
                            {
                                if (_votes[i].CollectionId == closed.CollectionId)
                                {
                                    _votes[i] = _votes[i] with { VoterId = null };
                                }
                            }
                        }

                        break;
                }
            }
        }
    }

    public Task<LabCollection?> FindAsync(Guid collectionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_collections.GetValueOrDefault(collectionId));
        }
    }

    public Task<LabCollection?> FindByActivityAsync(Guid labId, string activityId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_collections.Values
                .Where(c => c.LabId == labId && c.ActivityId == activityId)
                .OrderByDescending(c => c.CreatedAt)
                .FirstOrDefault());
        }
    }

    public Task<IReadOnlyList<LabCollection>> ListByLabAsync(Guid labId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<LabCollection> result = [.. _collections.Values.Where(c => c.LabId == labId).OrderBy(c => c.CreatedAt)];
            return Task.FromResult(result);
        }
    }

    public Task<IReadOnlyList<IdeaSubmission>> ListSubmissionsAsync(Guid collectionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<IdeaSubmission> result =
                [.. _submissions.Where(s => s.CollectionId == collectionId).Select(s => s with { Answers = (JsonObject)s.Answers.DeepClone() })];
            return Task.FromResult(result);
        }
    }

    public Task<IReadOnlyList<IdeaVote>> ListVotesAsync(Guid collectionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<IdeaVote> result = [.. _votes.Where(v => v.CollectionId == collectionId)];
            return Task.FromResult(result);
        }
    }

    public Task<VoterTally?> FindTallyAsync(Guid collectionId, Guid voterId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_tallies.GetValueOrDefault((collectionId, voterId)));
        }
    }

    public Task AddSubmissionAsync(IdeaSubmission submission, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _submissions.Add(submission with { Answers = (JsonObject)submission.Answers.DeepClone() });
        }

        return Task.CompletedTask;
    }

    public Task<bool> CastVotesAsync(Guid collectionId, Guid voterId, IReadOnlyList<IdeaVote> votes, int votesPerPerson, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var cast = _tallies.GetValueOrDefault((collectionId, voterId))?.VotesCast ?? 0;
            if (cast + votes.Count > votesPerPerson)
            {
                return Task.FromResult(false);
            }

            _votes.AddRange(votes);
            _tallies[(collectionId, voterId)] = new VoterTally(collectionId, voterId, cast + votes.Count);
            return Task.FromResult(true);
        }
    }
    public Task<IReadOnlyList<LabCollection>> ListOpenAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<LabCollection> result = [.. _collections.Values.Where(c => c.IsOpen).OrderBy(c => c.CreatedAt)];
            return Task.FromResult(result);
        }
    }

    public Task<IReadOnlyList<IdeaCuration>> ListCurationsAsync(Guid collectionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<IdeaCuration> result = [.. _curations.Values.Where(c => c.CollectionId == collectionId)];
            return Task.FromResult(result);
        }
    }

    public Task SaveCurationAsync(IdeaCuration curation, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _curations[curation.IdeaId] = curation;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<IdeaRevision>> ListRevisionsAsync(Guid collectionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<IdeaRevision> result =
                [.. _revisions.Where(r => r.CollectionId == collectionId).Select(r => r with { Answers = (JsonObject)r.Answers.DeepClone() })];
            return Task.FromResult(result);
        }
    }

    public Task AddRevisionAsync(IdeaRevision revision, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _revisions.Add(revision with { Answers = (JsonObject)revision.Answers.DeepClone() });
        }

        return Task.CompletedTask;
    }

    public Task SetClosesAtAsync(Guid collectionId, DateTimeOffset closesAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_collections.TryGetValue(collectionId, out var collection) && collection.IsOpen)
            {
                _collections[collectionId] = collection with { ClosesAt = closesAt };
            }
        }

        return Task.CompletedTask;
    }

    public Task<bool> RemoveVoteAsync(Guid collectionId, Guid voterId, Guid ideaId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var index = _votes.FindLastIndex(v => v.CollectionId == collectionId && v.VoterId == voterId && v.IdeaId == ideaId);
            if (index < 0 || !_tallies.TryGetValue((collectionId, voterId), out var tally))
            {
                return Task.FromResult(false);
            }

            _votes.RemoveAt(index);
            _tallies[(collectionId, voterId)] = tally with { VotesCast = tally.VotesCast - 1 };
            return Task.FromResult(true);
        }
    }
}
