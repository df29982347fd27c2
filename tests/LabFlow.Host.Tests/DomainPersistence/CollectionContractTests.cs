using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>
/// The EF Core collection store's contract, run on every provider. Collections open and close through real commits
/// (the commit store with the collection effect writer), as a CollectIdeas or DotVote step opens them.
/// </summary>
public abstract class CollectionContractTests : DomainStoreTestBase
{
    private static readonly Guid Ada = Guid.Parse("20000000-0000-0000-0000-000000000001");
    private static readonly Guid Bo = Guid.Parse("20000000-0000-0000-0000-000000000002");

    [DatabaseFact]
    public async Task CollectionOpened_StoresTheCollection_AndFindAsyncReturnsEveryField()
    {
        var collection = NewCollection(Guid.NewGuid(), "ideas", CollectionKind.Ideas);

        await CommitAsync(collection.LabId, null, new CollectionOpened(Guid.NewGuid(), collection));
        var found = await InScopeAsync<ICollectionStore, LabCollection?>(s => s.FindAsync(collection.Id, Token));

        Assert.NotNull(found);
        Assert.True(found.IsOpen);
        Assert.Equal(collection.Participants, found.Participants);
        Assert.Equal(collection.Form!.ToJsonString(), found.Form!.ToJsonString());
        Assert.Equal(collection with { Participants = found.Participants, Form = found.Form }, found);
    }

    [DatabaseFact]
    public async Task CollectionClosed_ClosesOnce_AndFindByActivityReturnsTheLatest()
    {
        var labId = Guid.NewGuid();
        var first = NewCollection(labId, "ideas", CollectionKind.Ideas);
        var second = NewCollection(labId, "ideas", CollectionKind.Ideas) with { Id = Guid.NewGuid(), CreatedAt = first.CreatedAt.AddDays(1) };
        var closedAt = LabFlowTestNode.StartTime.AddDays(2);

        var token = await CommitAsync(labId, null, new CollectionOpened(Guid.NewGuid(), first));
        token = await CommitAsync(labId, token, new CollectionClosed(Guid.NewGuid(), first.Id, closedAt), new CollectionOpened(Guid.NewGuid(), second));
        await CommitAsync(labId, token, new CollectionClosed(Guid.NewGuid(), first.Id, closedAt.AddDays(1)));

        var closed = await InScopeAsync<ICollectionStore, LabCollection?>(s => s.FindAsync(first.Id, Token));
        var latest = await InScopeAsync<ICollectionStore, LabCollection?>(s => s.FindByActivityAsync(labId, "ideas", Token));
        var all = await InScopeAsync<ICollectionStore, IReadOnlyList<LabCollection>>(s => s.ListByLabAsync(labId, Token));

        Assert.Equal(closedAt, closed!.ClosedAt);
        Assert.Equal(second.Id, latest!.Id);
        Assert.Equal([first.Id, second.Id], all.Select(c => c.Id));
    }

    [DatabaseFact]
    public async Task CollectionClosed_ClosesACollectionOpenedInTheSameBurst()
    {
        var collection = NewCollection(Guid.NewGuid(), "ideas", CollectionKind.Ideas);
        var closedAt = LabFlowTestNode.StartTime.AddHours(1);

        await CommitAsync(collection.LabId, null, new CollectionOpened(Guid.NewGuid(), collection), new CollectionClosed(Guid.NewGuid(), collection.Id, closedAt));

        Assert.Equal(closedAt, (await InScopeAsync<ICollectionStore, LabCollection?>(s => s.FindAsync(collection.Id, Token)))!.ClosedAt);
    }

    [DatabaseFact]
    public async Task AddSubmissionAsync_KeepsSubmissionsInTheOrderTheyCameIn()
    {
        var collectionId = Guid.NewGuid();
        var submissions = Enumerable.Range(1, 5)
            .Select(i => new IdeaSubmission(Guid.NewGuid(), collectionId, i % 2 == 0 ? Ada : Bo, new JsonObject { ["idea"] = $"Idé {i}" }, LabFlowTestNode.StartTime))
            .ToList();

        foreach (var submission in submissions)
        {
            await InScopeAsync<ICollectionCommands>(c => c.AddSubmissionAsync(submission, Token));
        }

        var stored = await InScopeAsync<ICollectionStore, IReadOnlyList<IdeaSubmission>>(s => s.ListSubmissionsAsync(collectionId, Token));
        Assert.Equal(submissions.Select(s => s.Id), stored.Select(s => s.Id));
        Assert.Equal("Idé 3", stored[2].Answers["idea"]!.GetValue<string>());
        Assert.Equal(Bo, stored[2].AuthorId);
        Assert.Empty(await InScopeAsync<ICollectionStore, IReadOnlyList<IdeaSubmission>>(s => s.ListSubmissionsAsync(Guid.NewGuid(), Token)));
    }

    [DatabaseFact]
    public async Task CastVotesAsync_StoresVotesAndTally_UntilTheLimit()
    {
        var collectionId = Guid.NewGuid();
        var idea = Guid.NewGuid();

        var first = await InScopeAsync<ICollectionCommands, bool>(c => c.CastVotesAsync(collectionId, Ada, Votes(collectionId, idea, Ada, 2), 3, Token));
        var tooMany = await InScopeAsync<ICollectionCommands, bool>(c => c.CastVotesAsync(collectionId, Ada, Votes(collectionId, idea, Ada, 2), 3, Token));
        var last = await InScopeAsync<ICollectionCommands, bool>(c => c.CastVotesAsync(collectionId, Ada, Votes(collectionId, idea, Ada, 1), 3, Token));
        var overAtOnce = await InScopeAsync<ICollectionCommands, bool>(c => c.CastVotesAsync(collectionId, Bo, Votes(collectionId, idea, Bo, 4), 3, Token));

        Assert.Equal([true, false, true, false], new[] { first, tooMany, last, overAtOnce });
        Assert.Equal(new VoterTally(collectionId, Ada, 3), await InScopeAsync<ICollectionStore, VoterTally?>(s => s.FindTallyAsync(collectionId, Ada, Token)));
        Assert.Null(await InScopeAsync<ICollectionStore, VoterTally?>(s => s.FindTallyAsync(collectionId, Bo, Token)));
        var votes = await InScopeAsync<ICollectionStore, IReadOnlyList<IdeaVote>>(s => s.ListVotesAsync(collectionId, Token));
        Assert.Equal(3, votes.Count);
        Assert.All(votes, v => Assert.Equal(Ada, v.VoterId));
    }

    [DatabaseFact]
    public async Task CastVotesAsync_StoresNoVoterOnTheVotes_WhenTheVoteIsAnonymous()
    {
        var collectionId = Guid.NewGuid();

        Assert.True(await InScopeAsync<ICollectionCommands, bool>(c => c.CastVotesAsync(collectionId, Ada, Votes(collectionId, Guid.NewGuid(), null, 2), 3, Token)));

        var votes = await InScopeAsync<ICollectionStore, IReadOnlyList<IdeaVote>>(s => s.ListVotesAsync(collectionId, Token));
        Assert.Equal(2, votes.Count);
        Assert.All(votes, v => Assert.Null(v.VoterId));
        Assert.Equal(2, (await InScopeAsync<ICollectionStore, VoterTally?>(s => s.FindTallyAsync(collectionId, Ada, Token)))!.VotesCast);
    }

    [DatabaseFact]
    public async Task CastVotesAsync_AcceptsExactlyTheAllowedVotes_WhenOneVoterVotesTwentyTimesAtOnce()
    {
        var collectionId = Guid.NewGuid();
        var idea = Guid.NewGuid();

        var accepted = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            InScopeAsync<ICollectionCommands, bool>(c => c.CastVotesAsync(collectionId, Ada, Votes(collectionId, idea, Ada, 1), 3, Token)))));

        Assert.Equal(3, accepted.Count(a => a));
        Assert.Equal(3, (await InScopeAsync<ICollectionStore, VoterTally?>(s => s.FindTallyAsync(collectionId, Ada, Token)))!.VotesCast);
        Assert.Equal(3, (await InScopeAsync<ICollectionStore, IReadOnlyList<IdeaVote>>(s => s.ListVotesAsync(collectionId, Token))).Count);
    }

    [DatabaseFact]
    public async Task SaveCurationAsync_ReplacesTheIdeasCuration_AndRevisionsKeepTheirOrder()
    {
        var collectionId = Guid.NewGuid();
        var idea = Guid.NewGuid();
        var target = Guid.NewGuid();

        await InScopeAsync<IIdeaBoardStore>(s => s.SaveCurationAsync(new IdeaCuration(idea, collectionId, "Introduktion", null), Token));
        await InScopeAsync<IIdeaBoardStore>(s => s.SaveCurationAsync(new IdeaCuration(idea, collectionId, "Introduktion", target), Token));
        await InScopeAsync<IIdeaBoardStore>(s => s.AddRevisionAsync(new IdeaRevision(Guid.NewGuid(), idea, collectionId, new JsonObject { ["idea"] = "Första" }, Bo, LabFlowTestNode.StartTime), Token));
        await InScopeAsync<IIdeaBoardStore>(s => s.AddRevisionAsync(new IdeaRevision(Guid.NewGuid(), idea, collectionId, new JsonObject { ["idea"] = "Andra" }, Bo, LabFlowTestNode.StartTime), Token));
        var curations = await InScopeAsync<IIdeaBoardStore, IReadOnlyList<IdeaCuration>>(s => s.ListCurationsAsync(collectionId, Token));
        var revisions = await InScopeAsync<IIdeaBoardStore, IReadOnlyList<IdeaRevision>>(s => s.ListRevisionsAsync(collectionId, Token));

        Assert.Equal(new IdeaCuration(idea, collectionId, "Introduktion", target), Assert.Single(curations));
        Assert.Equal(["Första", "Andra"], revisions.Select(r => r.Answers["idea"]!.GetValue<string>()));
    }

    [DatabaseFact]
    public async Task SetClosesAtAsync_MovesTheEndOfAnOpenCollection()
    {
        var collection = NewCollection(Guid.NewGuid(), "ideas", CollectionKind.Ideas);
        await CommitAsync(collection.LabId, null, new CollectionOpened(Guid.NewGuid(), collection));
        var later = collection.ClosesAt.AddDays(3);

        await InScopeAsync<IIdeaBoardStore>(s => s.SetClosesAtAsync(collection.Id, later, Token));
        var found = await InScopeAsync<ICollectionStore, LabCollection?>(s => s.FindAsync(collection.Id, Token));
        var open = await InScopeAsync<IIdeaBoardStore, IReadOnlyList<LabCollection>>(s => s.ListOpenAsync(Token));

        Assert.Equal(later, found!.ClosesAt);
        Assert.Contains(open, c => c.Id == collection.Id && c.ClosesAt == later);
    }

    [DatabaseFact]
    public async Task RemoveVoteAsync_TakesOneDotBackAndLowersTheTally_AndClosingAnAnonymousVoteForgetsTheVoters()
    {
        var vote = NewCollection(Guid.NewGuid(), "vote", CollectionKind.Votes) with { Anonymous = true };
        var idea = Guid.NewGuid();
        var token = await CommitAsync(vote.LabId, null, new CollectionOpened(Guid.NewGuid(), vote));
        await InScopeAsync<ICollectionCommands, bool>(c => c.CastVotesAsync(vote.Id, Ada, Votes(vote.Id, idea, Ada, 2), 3, Token));
        await InScopeAsync<ICollectionCommands, bool>(c => c.CastVotesAsync(vote.Id, Bo, Votes(vote.Id, idea, Bo, 1), 3, Token));

        var removed = await InScopeAsync<IIdeaBoardStore, bool>(s => s.RemoveVoteAsync(vote.Id, Ada, idea, Token));
        var none = await InScopeAsync<IIdeaBoardStore, bool>(s => s.RemoveVoteAsync(vote.Id, Ada, Guid.NewGuid(), Token));
        var tally = await InScopeAsync<ICollectionStore, VoterTally?>(s => s.FindTallyAsync(vote.Id, Ada, Token));
        var whileOpen = await InScopeAsync<ICollectionStore, IReadOnlyList<IdeaVote>>(s => s.ListVotesAsync(vote.Id, Token));
        await CommitAsync(vote.LabId, token, new CollectionClosed(Guid.NewGuid(), vote.Id, LabFlowTestNode.StartTime.AddDays(1), ForgetVoters: true));
        var closed = await InScopeAsync<ICollectionStore, IReadOnlyList<IdeaVote>>(s => s.ListVotesAsync(vote.Id, Token));

        Assert.True(removed);
        Assert.False(none);
        Assert.Equal(1, tally!.VotesCast);
        Assert.Equal([Ada, Bo], whileOpen.Select(v => v.VoterId!.Value).Order());
        Assert.Equal(2, closed.Count);
        Assert.All(closed, v => Assert.Null(v.VoterId));
    }

    /// <summary>Commits a burst of a lab with <paramref name="effects"/> through the real commit store; returns the new concurrency token.</summary>
    private async Task<long> CommitAsync(Guid labId, long? expectedToken, params IWorkflowEffect[] effects)
    {
        var token = (expectedToken ?? 0) + 1;
        var instance = new WorkflowInstance
        {
            Id = labId,
            DefinitionId = "lab",
            DefinitionVersion = 1,
            Status = WorkflowStatus.Suspended,
            ConcurrencyToken = token,
            CreatedAt = LabFlowTestNode.StartTime,
            UpdatedAt = LabFlowTestNode.StartTime,
            State = new WorkflowState(),
        };
        await InScopeAsync<IWorkflowCommitStore>(s => s.CommitAsync(new WorkflowCommit(instance, expectedToken, [], [], [], effects), Token));
        return token;
    }

    private static List<IdeaVote> Votes(Guid collectionId, Guid ideaId, Guid? voterId, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => new IdeaVote(Guid.NewGuid(), collectionId, ideaId, voterId, LabFlowTestNode.StartTime))];

    internal static LabCollection NewCollection(Guid labId, string activityId, CollectionKind kind) => new(
        Guid.NewGuid(),
        labId,
        activityId,
        Guid.NewGuid(),
        kind,
        LocalizedText.Of("Idéer", "Ideas"),
        [Ada, Bo],
        new DateOnly(2026, 2, 3),
        LabFlowTestNode.StartTime.AddDays(7).ToOffset(TimeSpan.FromHours(1)),
        [new JsonObject { ["key"] = "idea", ["type"] = "Text", ["label"] = "Idé", ["required"] = true }],
        SourceCollectionId: null,
        VotesPerPerson: 3,
        Anonymous: false,
        LabFlowTestNode.StartTime);
}
