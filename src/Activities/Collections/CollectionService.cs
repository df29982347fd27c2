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
    IIdeaBoardStore board,
    ICollectionNotifier notifier,
    Organisation.IDirectory directory,
    ILabStore labs,
    LabAccess access,
    Time.LabCalendar calendar,
    IWorkflowRuntime runtime,
    TimeProvider timeProvider,
    Attachments.AttachmentAnswers? attachmentAnswers = null)
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
        var canManage = lab is null ? await access.IsAdminAsync(viewerId, cancellationToken) : await access.CanManageAsync(viewerId, lab, cancellationToken);
        var allowed = isParticipant || canManage || (lab is not null && await access.CanSeeAsync(viewerId, lab, cancellationToken));
        if (!allowed)
        {
            throw new LabDomainException(LabErrors.Forbidden, CollectionMessages.CannotSee.With(("collectionId", collectionId)));
        }

        var isOpen = collection.IsOpen && timeProvider.GetUtcNow() < collection.ClosesAt;
        var ideasCollection = collection.Kind == CollectionKind.Votes
            ? await collections.FindAsync(collection.SourceCollectionId!.Value, cancellationToken) ?? collection
            : collection;
        var entries = await IdeaBoardReader.EntriesAsync(collections, board, ideasCollection.Id, cancellationToken);
        var names = ideasCollection.Anonymous
            ? new Dictionary<Guid, string>()
            : (await directory.ListPeopleAsync([.. entries.Select(e => e.Submission.AuthorId).Distinct()], cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        if (collection.Kind == CollectionKind.Ideas)
        {
            return View(collection, isOpen, isParticipant, canManage, votesLeft: null, [.. entries.Select(e => Idea(e, viewerId, canManage, ideasCollection.Anonymous, names, votes: null, mine: 0))]);
        }

        // Voted-on ideas are the ones left after merging: a duplicate's dots count for the idea it was merged into.
        var votes = await collections.ListVotesAsync(collection.Id, cancellationToken);
        var counts = !isOpen || canManage || collection.LiveResults ? CollectionResults.Counts(entries, votes) : null;
        var myVotes = isOpen && isParticipant ? votes.Where(v => v.VoterId == viewerId).GroupBy(v => v.IdeaId).ToDictionary(g => g.Key, g => g.Count()) : [];
        var used = isParticipant ? (await collections.FindTallyAsync(collection.Id, viewerId, cancellationToken))?.VotesCast ?? 0 : 0;
        return View(
            collection,
            isOpen,
            isParticipant,
            canManage,
            isParticipant ? collection.VotesPerPerson - used : null,
            [
                .. entries
                    .Where(e => e.MergedIntoId is null)
                    .Select(e => Idea(e, viewerId, canManage, ideasCollection.Anonymous, names, counts is null ? null : counts.GetValueOrDefault(e.Id), myVotes.GetValueOrDefault(e.Id))),
            ]);
    }

    /// <summary>The collections of a lab that <paramref name="viewerId"/> may open (as <see cref="GetAsync"/> decides), oldest first.</summary>
    public async Task<IReadOnlyList<LabCollection>> ListForLabAsync(Guid labId, Guid viewerId, CancellationToken cancellationToken)
    {
        var lab = await labs.FindAsync(labId, cancellationToken);
        var seesAll = lab is not null && await access.CanSeeAsync(viewerId, lab, cancellationToken);
        var all = await collections.ListByLabAsync(labId, cancellationToken);
        return [.. all.Where(c => seesAll || c.Participants.Contains(viewerId))];
    }

    /// <summary>A participant submits an idea; answers that do not fit the collection's form are refused with every error.</summary>
    public async Task<SubmissionResult> SubmitAsync(Guid collectionId, Guid personId, JsonObject answers, CancellationToken cancellationToken)
    {
        var collection = await FindOpenAsync(collectionId, CollectionKind.Ideas, personId, cancellationToken);
        var form = FormDefinitionParser.Parse(collection.Form).Form;
        var validation = FormValidator.Validate(form, answers);
        IReadOnlyList<FormError> errors = validation.IsValid && attachmentAnswers is not null
            ? await attachmentAnswers.FindWrongAsync(form, validation.Answers, null, collection.Id, personId, cancellationToken)
            : validation.Errors;
        if (errors.Count > 0)
        {
            return new SubmissionResult(null, errors);
        }

        var submission = new IdeaSubmission(Guid.NewGuid(), collection.Id, personId, validation.Answers, timeProvider.GetUtcNow());
        await commands.AddSubmissionAsync(submission, cancellationToken);
        notifier.Publish(collection.Id);
        return new SubmissionResult(submission, []);
    }

    /// <summary>
    /// A participant puts dots on ideas (the same idea may get several, up to the step's limit per idea). While the
    /// vote is open each dot is linked to its voter so it can be moved; closing an anonymous vote removes the link,
    /// and a tally of how many dots each voter used stays, so nobody uses more than allowed.
    /// </summary>
    public async Task VoteAsync(Guid collectionId, Guid personId, IReadOnlyList<Guid> ideaIds, CancellationToken cancellationToken)
    {
        var collection = await FindOpenAsync(collectionId, CollectionKind.Votes, personId, cancellationToken);
        var entries = await IdeaBoardReader.EntriesAsync(collections, board, collection.SourceCollectionId!.Value, cancellationToken);
        var ideas = entries.Where(e => e.MergedIntoId is null).Select(e => e.Id).ToHashSet();
        var unknown = ideaIds.Where(id => !ideas.Contains(id)).ToList();
        if (unknown.Count > 0 || ideaIds.Count == 0)
        {
            throw LabDomainException.Invalid("ideaIds", ideaIds.Count == 0
                ? CollectionMessages.NoIdeaChosen.Message
                : CollectionMessages.UnknownIdea.With(("ideaId", unknown[0])));
        }

        if (collection.VotesPerIdea is { } perIdea)
        {
            var mine = (await collections.ListVotesAsync(collection.Id, cancellationToken)).Where(v => v.VoterId == personId).ToList();
            if (ideaIds.GroupBy(id => id).Any(g => g.Count() + mine.Count(v => v.IdeaId == g.Key) > perIdea))
            {
                throw LabDomainException.Invalid("ideaIds", IdeaBoardMessages.TooManyOnOneIdea.With(("max", perIdea)));
            }
        }

        var now = timeProvider.GetUtcNow();
        var votes = ideaIds.Select(id => new IdeaVote(Guid.NewGuid(), collection.Id, id, personId, now)).ToList();
        if (!await commands.CastVotesAsync(collection.Id, personId, votes, collection.VotesPerPerson, cancellationToken))
        {
            var used = (await collections.FindTallyAsync(collection.Id, personId, cancellationToken))?.VotesCast ?? 0;
            throw LabDomainException.Invalid("ideaIds", CollectionMessages.VotesLeft.With(("left", collection.VotesPerPerson - used), ("votes", collection.VotesPerPerson)));
        }

        notifier.Publish(collection.Id);
    }

    /// <summary>
    /// A participant takes one dot back from <paramref name="fromIdeaId"/> while the vote is open, and puts it on
    /// <paramref name="toIdeaId"/> when given (a move). The dot is taken back first, so a move always fits the limit.
    /// </summary>
    public async Task MoveVoteAsync(Guid collectionId, Guid personId, Guid fromIdeaId, Guid? toIdeaId, CancellationToken cancellationToken)
    {
        var collection = await FindOpenAsync(collectionId, CollectionKind.Votes, personId, cancellationToken);
        if (!await board.RemoveVoteAsync(collection.Id, personId, fromIdeaId, cancellationToken))
        {
            throw LabDomainException.Invalid("fromIdeaId", IdeaBoardMessages.NoDotToMove.With(("ideaId", fromIdeaId)));
        }

        if (toIdeaId is { } to)
        {
            try
            {
                await VoteAsync(collection.Id, personId, [to], cancellationToken);
            }
            catch (LabDomainException)
            {
                // The new place was refused (an unknown idea, its limit per idea): the dot goes back where it was.
                await commands.CastVotesAsync(collection.Id, personId, [new IdeaVote(Guid.NewGuid(), collection.Id, fromIdeaId, personId, timeProvider.GetUtcNow())], collection.VotesPerPerson, cancellationToken);
                throw;
            }

            return;
        }

        notifier.Publish(collection.Id);
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

    /// <summary>The open idea board <paramref name="personId"/> takes part in, as <see cref="SubmitAsync"/> requires (an idea's photo is uploaded under the same rule).</summary>
    public Task<LabCollection> RequireOpenForIdeasAsync(Guid collectionId, Guid personId, CancellationToken cancellationToken) =>
        FindOpenAsync(collectionId, CollectionKind.Ideas, personId, cancellationToken);

    private static CollectionView View(LabCollection collection, bool isOpen, bool isParticipant, bool canManage, int? votesLeft, IReadOnlyList<CollectionIdeaView> ideas) =>
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
            ideas,
            canManage,
            collection.LiveResults,
            collection.VotesPerIdea,
            collection.Kind == CollectionKind.Ideas ? (JsonArray?)collection.Form?.DeepClone() : null);

    /// <remarks>
    /// An anonymous board shows only the day an idea came in: to the second, its time could be matched with what the
    /// same person did elsewhere in the lab at that moment (a task completed, a journal entry).
    /// </remarks>
    private static CollectionIdeaView Idea(IdeaBoardEntry entry, Guid viewerId, bool canManage, bool anonymous, Dictionary<Guid, string> names, int? votes, int mine) =>
        new(
            entry.Id,
            (JsonObject)entry.Answers.DeepClone(),
            anonymous ? new DateTimeOffset(entry.Submission.At.UtcDateTime.Date, TimeSpan.Zero) : entry.Submission.At,
            entry.Submission.AuthorId == viewerId,
            votes,
            entry.Theme,
            entry.MergedIntoId,
            mine,
            names.GetValueOrDefault(entry.Submission.AuthorId),
            canManage && entry.Revisions.Count > 0 ? (JsonObject)entry.Submission.Answers.DeepClone() : null);

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
