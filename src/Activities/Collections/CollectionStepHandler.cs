using System.Text.Json.Nodes;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Collections;

/// <summary>
/// Opens a collection (ideas or votes) for its window and waits; closing it (its timer at the end of <c>closes</c>,
/// or a facilitator) hands the result to the flow as <c>tasks.&lt;id&gt;</c> and in <c>resultVariable</c>.
/// </summary>
internal abstract class CollectionStepHandler(TaskPlanner planner, ICollectionStore collections) : IActivityHandler
{
    protected abstract CollectionKind Kind { get; }

    public async ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken)
    {
        try
        {
            var scope = await planner.ReadScopeAsync(context, cancellationToken);
            var closes = planner.ResolveDate(context, scope, "closes")
                ?? throw new StepConfigurationException($"{TaskPlanner.Describe(context)} needs 'closes', the last day of the collection.");
            var participants = await planner.Resolver.ResolveAsync(
                context.GetInput("participants"), scope.Lab, scope.AdministrationId, $"{TaskPlanner.Describe(context)}: input 'participants'", cancellationToken);
            var source = await ReadSourceAsync(context, cancellationToken);
            var id = Guid.NewGuid();
            var closesAt = planner.Calendar.EndOf(closes);
            var bookmark = context.CreateBookmark(CollectionKinds.Bookmark, id.ToString(), new JsonObject { ["collectionId"] = id.ToString() });
            context.CreateBookmark(BookmarkKinds.Timer, data: new JsonObject { ["collectionId"] = id.ToString() }, dueAt: closesAt);
            var votesPerPerson = context.GetInput("votesPerPerson") is JsonValue n && n.TryGetValue<int>(out var count) ? count : 0;
            var anonymous = context.GetInput("anonymous") is JsonValue a && a.TryGetValue<bool>(out var isAnonymous) && isAnonymous;
            var title = TaskPlanner.ReadText(context, "title") ?? context.Activity.Name ?? LocalizedText.Of(context.Activity.Id);
            var opens = planner.ResolveDate(context, scope, "opens");
            var liveResults = context.GetInput("liveResults") is JsonValue l && l.TryGetValue<bool>(out var isLive) && isLive;
            int? votesPerIdea = context.GetInput("votesPerIdea") is JsonValue limit && limit.TryGetValue<int>(out var perIdea) ? perIdea : null;
            var collection = new LabCollection(
                id,
                context.InstanceId,
                context.Activity.Id,
                bookmark.Id,
                Kind,
                title,
                [.. participants.People.Select(p => p.Id)],
                opens,
                closesAt,
                (JsonArray?)(context.GetRawInput("form") as JsonArray)?.DeepClone(),
                source,
                votesPerPerson,
                anonymous,
                context.Now,
                LiveResults: liveResults,
                VotesPerIdea: votesPerIdea);
            context.AddEffect(new CollectionOpened(Guid.NewGuid(), collection));
            context.AddEffect(new CollectionChanged(Guid.NewGuid(), id));
            CollectionTasks.Request(context, planner.Calendar, bookmark, collection, closes, CollectionTasks.ReminderDaysOf(context), participants.People);
            CollectionEmails.RequestOpened(context, scope.Lab?.Title, id, Kind, title, opens > scope.Today ? opens : null, closes, participants.People);
            return ActivityResult.Suspend();
        }
        catch (StepConfigurationException exception)
        {
            return ActivityResult.Fault(exception.Message);
        }
    }

    public async ValueTask<ActivityResult> ResumeAsync(IActivityContext context, Bookmark bookmark, ResumePayload payload, CancellationToken cancellationToken)
    {
        var id = bookmark.Data?["collectionId"] is JsonValue v && v.TryGetValue<string>(out var text) && Guid.TryParse(text, out var collectionId)
            ? collectionId
            : (Guid?)null;
        var collection = id is null ? null : await collections.FindAsync(id.Value, cancellationToken);
        if (collection is null)
        {
            return ActivityResult.Fault($"{TaskPlanner.Describe(context)} has no collection to close. This is a fault in LabFlow; report it.");
        }

        context.AddEffect(new CollectionClosed(Guid.NewGuid(), collection.Id, context.Now, ForgetVoters: collection is { Kind: CollectionKind.Votes, Anonymous: true }));
        context.AddEffect(new CollectionChanged(Guid.NewGuid(), collection.Id));

        // The participants' tasks hold the collection's bookmark, which a resume (by it or by the closing timer)
        // consumes without a BookmarkClosed of its own: say it, so the tasks close with the window.
        context.AddEffect(new BookmarkClosed(Guid.NewGuid(), context.InstanceId, collection.BookmarkId, context.Activity.Id, CollectionKinds.Bookmark, "The window closed."));
        var (output, result) = await ResultAsync(collection, cancellationToken);
        context.SetOutput(output);
        if (context.GetInput("resultVariable") is JsonValue name && name.TryGetValue<string>(out var variable) && variable.Length > 0)
        {
            context.SetVariable(variable, result);
        }

        return ActivityResult.Complete();
    }

    /// <summary>The idea collection a vote is on; <c>null</c> for an idea collection.</summary>
    protected abstract Task<Guid?> ReadSourceAsync(IActivityContext context, CancellationToken cancellationToken);

    protected abstract Task<(JsonObject Output, JsonNode Result)> ResultAsync(LabCollection collection, CancellationToken cancellationToken);
}
