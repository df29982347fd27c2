using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Collections;

/// <summary>Submitting ideas, voting, and closing a collection early.</summary>
public sealed class CollectionService(
    ICollectionStore collections,
    ICollectionCommands commands,
    ILabStore labs,
    LabAccess access,
    Time.LabCalendar calendar,
    IWorkflowRuntime runtime,
    TimeProvider timeProvider)
{
    /// <summary>
    /// The collection as <paramref name="viewerId"/> sees it: anyone who may see the lab, and the collection's
    /// participants. Everyone else is told it does not exist or is not theirs, as for a task.
    /// </summary>
    public async Task<CollectionView> GetAsync(Guid collectionId, Guid viewerId, CancellationToken cancellationToken)
    {
        var collection = await collections.FindAsync(collectionId, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, CollectionMessages.NotFound.With(("collectionId", collectionId)));
        var isParticipant = collection.Participants.Contains(viewerId);
        var lab = await labs.FindAsync(collection.LabId, cancellationToken);
        var allowed = isParticipant || (lab is null ? await access.IsAdminAsync(viewerId, cancellationToken) : await access.CanSeeAsync(viewerId, lab, cancellationToken));
        if (!allowed)
        {
            throw new LabDomainException(LabErrors.Forbidden, CollectionMessages.CannotSee.With(("collectionId", collectionId)));
        }

        var isOpen = collection.IsOpen && timeProvider.GetUtcNow() < collection.ClosesAt;
        var ideasCollectionId = collection.Kind == CollectionKind.Votes ? collection.SourceCollectionId!.Value : collection.Id;
        var submissions = await collections.ListSubmissionsAsync(ideasCollectionId, cancellationToken);
        if (collection.Kind == CollectionKind.Ideas)
        {
            return View(collection, isOpen, isParticipant, votesLeft: null, [.. submissions.Select(s => Idea(s, viewerId, votes: null))]);
        }

        var counts = isOpen ? null : (await collections.ListVotesAsync(collection.Id, cancellationToken)).GroupBy(v => v.IdeaId).ToDictionary(g => g.Key, g => g.Count());
        var used = isParticipant ? (await collections.FindTallyAsync(collection.Id, viewerId, cancellationToken))?.VotesCast ?? 0 : 0;
        return View(
            collection,
            isOpen,
            isParticipant,
            isParticipant ? collection.VotesPerPerson - used : null,
            [.. submissions.Select(s => Idea(s, viewerId, counts is null ? null : counts.GetValueOrDefault(s.Id)))]);
    }

    /// <summary>A participant submits an idea; answers that do not fit the collection's form are refused with every error.</summary>
    public async Task<SubmissionResult> SubmitAsync(Guid collectionId, Guid personId, JsonObject answers, CancellationToken cancellationToken)
    {
        var collection = await FindOpenAsync(collectionId, CollectionKind.Ideas, personId, cancellationToken);
        var validation = FormValidator.Validate(FormDefinitionParser.Parse(collection.Form).Form, answers);
        if (!validation.IsValid)
        {
            return new SubmissionResult(null, validation.Errors);
        }

        var submission = new IdeaSubmission(Guid.NewGuid(), collection.Id, personId, validation.Answers, timeProvider.GetUtcNow());
        await commands.AddSubmissionAsync(submission, cancellationToken);
        return new SubmissionResult(submission, []);
    }

    /// <summary>
    /// A participant puts dots on ideas (the same idea may get several). In an anonymous vote the vote rows keep no
    /// voter; only a tally of how many dots each voter used, so nobody uses more than allowed.
    /// </summary>
    public async Task VoteAsync(Guid collectionId, Guid personId, IReadOnlyList<Guid> ideaIds, CancellationToken cancellationToken)
    {
        var collection = await FindOpenAsync(collectionId, CollectionKind.Votes, personId, cancellationToken);
        var ideas = (await collections.ListSubmissionsAsync(collection.SourceCollectionId!.Value, cancellationToken)).Select(i => i.Id).ToHashSet();
        var unknown = ideaIds.Where(id => !ideas.Contains(id)).ToList();
        if (unknown.Count > 0 || ideaIds.Count == 0)
        {
            throw LabDomainException.Invalid("ideaIds", ideaIds.Count == 0
                ? CollectionMessages.NoIdeaChosen.Message
                : CollectionMessages.UnknownIdea.With(("ideaId", unknown[0])));
        }

        var now = timeProvider.GetUtcNow();
        var votes = ideaIds.Select(id => new IdeaVote(Guid.NewGuid(), collection.Id, id, collection.Anonymous ? null : personId, now)).ToList();
        if (!await commands.CastVotesAsync(collection.Id, personId, votes, collection.VotesPerPerson, cancellationToken))
        {
            var used = (await collections.FindTallyAsync(collection.Id, personId, cancellationToken))?.VotesCast ?? 0;
            throw LabDomainException.Invalid("ideaIds", CollectionMessages.VotesLeft.With(("left", collection.VotesPerPerson - used), ("votes", collection.VotesPerPerson)));
        }
    }

    /// <summary>A facilitator closes the collection before its end date; the step goes on with what came in.</summary>
    public async Task<ResumeResult> CloseAsync(Guid collectionId, Guid actorId, CancellationToken cancellationToken)
    {
        var collection = await collections.FindAsync(collectionId, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, CollectionMessages.NotFound.With(("collectionId", collectionId)));
        var lab = await labs.FindAsync(collection.LabId, cancellationToken);
        var allowed = lab is null ? await access.IsAdminAsync(actorId, cancellationToken) : await access.CanManageAsync(actorId, lab, cancellationToken);
        if (!allowed)
        {
            throw new LabDomainException(LabErrors.Forbidden, CollectionMessages.CloseForbidden.With(("collectionId", collectionId)));
        }

        return await runtime.ResumeAsync(collection.BookmarkId, new ResumePayload(null, actorId.ToString()), cancellationToken);
    }

    private static CollectionView View(LabCollection collection, bool isOpen, bool isParticipant, int? votesLeft, IReadOnlyList<CollectionIdeaView> ideas) =>
        new(
            collection.Id,
            collection.LabId,
            collection.ActivityId,
            collection.Kind,
            collection.Title,
            collection.Opens,
            collection.ClosesAt,
            isOpen,
            isParticipant,
            collection.Kind == CollectionKind.Votes ? collection.VotesPerPerson : null,
            votesLeft,
            collection.Anonymous,
            ideas);

    private static CollectionIdeaView Idea(IdeaSubmission submission, Guid viewerId, int? votes) =>
        new(submission.Id, (JsonObject)submission.Answers.DeepClone(), submission.At, submission.AuthorId == viewerId, votes);

    private async Task<LabCollection> FindOpenAsync(Guid collectionId, CollectionKind kind, Guid personId, CancellationToken cancellationToken)
    {
        var collection = await collections.FindAsync(collectionId, cancellationToken);
        if (collection is null || collection.Kind != kind)
        {
            throw new LabDomainException(LabErrors.NotFound, CollectionMessages.NotFound.With(("collectionId", collectionId)));
        }

        if (!collection.Participants.Contains(personId))
        {
            throw new LabDomainException(LabErrors.Forbidden, CollectionMessages.NotParticipant.With(("collectionId", collectionId)));
        }

        var now = timeProvider.GetUtcNow();
        if (!collection.IsOpen || now >= collection.ClosesAt)
        {
            throw new LabDomainException(LabErrors.NotOpen, CollectionMessages.Closed.With(("title", collection.Title)));
        }

        if (collection.Opens is { } opens && calendar.DateOf(now) < opens)
        {
            throw new LabDomainException(LabErrors.NotOpen, CollectionMessages.NotYetOpen.With(("title", collection.Title), ("opens", opens)));
        }

        return collection;
    }
}
