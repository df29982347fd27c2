using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Collections;

/// <summary>
/// The facilitator's work on a board: grouping ideas into themes, merging duplicates, rewording (the author's text
/// stays in the idea's history) and moving the end of the window. Only those who may manage the lab may do it.
/// </summary>
public sealed class IdeaBoardService(
    ICollectionStore collections,
    IIdeaBoardStore board,
    ICollectionNotifier notifier,
    ILabStore labs,
    LabAccess access,
    Time.LabCalendar calendar,
    IWorkflowRuntime runtime,
    TimeProvider timeProvider,
    Tasks.ITaskStore tasks,
    Tasks.ITaskCommands taskCommands)
{
    /// <summary>The longest theme name.</summary>
    public const int ThemeLength = 80;

    /// <summary>Groups an idea under <paramref name="theme"/>; an empty theme takes it out of its group.</summary>
    public async Task SetThemeAsync(Guid collectionId, Guid ideaId, string? theme, Guid actorId, CancellationToken cancellationToken)
    {
        var collection = await RequireIdeasManagerAsync(collectionId, actorId, cancellationToken);
        var trimmed = string.IsNullOrWhiteSpace(theme) ? null : theme.Trim();
        if (trimmed is { Length: > ThemeLength })
        {
            throw LabDomainException.Invalid("theme", IdeaBoardMessages.ThemeTooLong.With(("max", ThemeLength)));
        }

        var current = await CurationAsync(collection, ideaId, cancellationToken);
        await board.SaveCurationAsync(current with { Theme = trimmed }, cancellationToken);
        notifier.Publish(collection.Id);
    }

    /// <summary>
    /// Merges <paramref name="duplicateId"/> into <paramref name="intoId"/>: the duplicate leaves the board's list (it
    /// stays under the idea it was merged into) and its dots count for that idea. <paramref name="intoId"/> <c>null</c>
    /// takes a merge back.
    /// </summary>
    public async Task MergeAsync(Guid collectionId, Guid duplicateId, Guid? intoId, Guid actorId, CancellationToken cancellationToken)
    {
        var collection = await RequireIdeasManagerAsync(collectionId, actorId, cancellationToken);
        var duplicate = await CurationAsync(collection, duplicateId, cancellationToken);
        if (intoId is { } into)
        {
            if (into == duplicateId)
            {
                throw LabDomainException.Invalid("intoId", IdeaBoardMessages.MergeIntoItself.Message);
            }

            var target = await CurationAsync(collection, into, cancellationToken);
            if (target.MergedIntoId is not null)
            {
                throw LabDomainException.Invalid("intoId", IdeaBoardMessages.MergeIntoMerged.With(("ideaId", into)));
            }

            // Ideas merged into the duplicate earlier follow it, so no chain is left behind.
            foreach (var follower in (await board.ListCurationsAsync(collection.Id, cancellationToken)).Where(c => c.MergedIntoId == duplicateId))
            {
                await board.SaveCurationAsync(follower with { MergedIntoId = into }, cancellationToken);
            }
        }

        await board.SaveCurationAsync(duplicate with { MergedIntoId = intoId }, cancellationToken);
        notifier.Publish(collection.Id);
    }

    /// <summary>
    /// Rewords an idea. The answers must fit the collection's form, as a submission's do; the author's text and every
    /// earlier wording stay in the idea's history. Answers every field's error, or none when it was stored.
    /// </summary>
    public async Task<IReadOnlyList<FormError>> EditAsync(Guid collectionId, Guid ideaId, JsonObject answers, Guid actorId, CancellationToken cancellationToken)
    {
        var collection = await RequireIdeasManagerAsync(collectionId, actorId, cancellationToken);
        await CurationAsync(collection, ideaId, cancellationToken);
        var validation = FormValidator.Validate(FormDefinitionParser.Parse(collection.Form).Form, answers);
        if (!validation.IsValid)
        {
            return validation.Errors;
        }

        await board.AddRevisionAsync(new IdeaRevision(Guid.NewGuid(), ideaId, collection.Id, validation.Answers, actorId, timeProvider.GetUtcNow()), cancellationToken);
        notifier.Publish(collection.Id);
        return [];
    }

    /// <summary>The wordings of an idea, the author's first, for those who may manage the board.</summary>
    public async Task<IReadOnlyList<JsonObject>> HistoryAsync(Guid collectionId, Guid ideaId, Guid actorId, CancellationToken cancellationToken)
    {
        var collection = await RequireIdeasManagerAsync(collectionId, actorId, cancellationToken);
        var entry = (await IdeaBoardReader.EntriesAsync(collections, board, collection.Id, cancellationToken)).FirstOrDefault(e => e.Id == ideaId)
            ?? throw UnknownIdea(collection.Id, ideaId);
        return [(JsonObject)entry.Submission.Answers.DeepClone(), .. entry.Revisions.Select(r => (JsonObject)r.Answers.DeepClone())];
    }

    /// <summary>
    /// Moves the end of an open window (of ideas or votes) to the end of <paramref name="closes"/> (Stockholm time):
    /// later to extend it, earlier to shorten it; the closing timer moves with it. To close at once, use
    /// <see cref="CollectionService.CloseAsync"/>.
    /// </summary>
    public async Task<DateTimeOffset> ExtendAsync(Guid collectionId, DateOnly closes, Guid actorId, CancellationToken cancellationToken)
    {
        var collection = await collections.FindAsync(collectionId, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, CollectionMessages.NotFound.With(("collectionId", collectionId)));
        await RequireManagerAsync(collection, actorId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        if (!collection.IsOpen || now >= collection.ClosesAt)
        {
            throw new LabDomainException(LabErrors.NotOpen, IdeaBoardMessages.ExtendClosed.With(("title", collection.Title)));
        }

        if (closes < calendar.DateOf(now))
        {
            throw LabDomainException.Invalid("closes", IdeaBoardMessages.ExtendToPast.With(("closes", closes)));
        }

        var closesAt = calendar.EndOf(closes);
        var key = collection.Id.ToString();
        await board.SetClosesAtAsync(collection.Id, closesAt, cancellationToken);
        await runtime.ReplanAsync(
            collection.LabId,
            new ReplanRequest(
                actorId.ToString(),
                RescheduleTimer: timer => timer.Kind == BookmarkKinds.Timer && timer.Data?["collectionId"]?.GetValue<string>() == key ? closesAt : null,
                Reason: $"The window of '{collection.ActivityId}' now closes at the end of {closes:yyyy-MM-dd}."),
            cancellationToken);
        await CollectionTasks.MoveAsync(tasks, taskCommands, calendar, collection, closes, actorId, now, cancellationToken);
        notifier.Publish(collection.Id);
        return closesAt;
    }

    private async Task<LabCollection> RequireIdeasManagerAsync(Guid collectionId, Guid actorId, CancellationToken cancellationToken)
    {
        var collection = await collections.FindAsync(collectionId, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, CollectionMessages.NotFound.With(("collectionId", collectionId)));
        await RequireManagerAsync(collection, actorId, cancellationToken);
        return collection.Kind == CollectionKind.Ideas
            ? collection
            : throw LabDomainException.Invalid("collectionId", IdeaBoardMessages.NotIdeas.With(("collectionId", collectionId)));
    }

    private async Task RequireManagerAsync(LabCollection collection, Guid actorId, CancellationToken cancellationToken)
    {
        var lab = await labs.FindAsync(collection.LabId, cancellationToken);
        var allowed = lab is null ? await access.IsAdminAsync(actorId, cancellationToken) : await access.CanManageAsync(actorId, lab, cancellationToken);
        if (!allowed)
        {
            throw new LabDomainException(LabErrors.Forbidden, IdeaBoardMessages.ManageForbidden.With(("collectionId", collection.Id)));
        }
    }

    /// <summary>The idea's curation (an empty one when it has none yet); an idea of another collection is refused.</summary>
    private async Task<IdeaCuration> CurationAsync(LabCollection collection, Guid ideaId, CancellationToken cancellationToken)
    {
        if (!(await collections.ListSubmissionsAsync(collection.Id, cancellationToken)).Any(s => s.Id == ideaId))
        {
            throw UnknownIdea(collection.Id, ideaId);
        }

        return (await board.ListCurationsAsync(collection.Id, cancellationToken)).FirstOrDefault(c => c.IdeaId == ideaId)
            ?? new IdeaCuration(ideaId, collection.Id, null, null);
    }

    private static LabDomainException UnknownIdea(Guid collectionId, Guid ideaId) =>
        new(LabErrors.NotFound, IdeaBoardMessages.UnknownIdea.With(("ideaId", ideaId), ("collectionId", collectionId)));
}
