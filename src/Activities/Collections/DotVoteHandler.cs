using System.Text.Json.Nodes;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.ActivityTypes;

namespace LabFlow.Activities.Collections;

/// <summary>Dot voting on the ideas of a CollectIdeas step: N votes per voter; the result is the ranking.</summary>
internal sealed class DotVoteHandler(TaskPlanner planner, ICollectionStore collections, IIdeaBoardStore board) : CollectionStepHandler(planner, collections)
{
    private readonly ICollectionStore _collections = collections;

    protected override CollectionKind Kind => CollectionKind.Votes;

    protected override async Task<Guid?> ReadSourceAsync(IActivityContext context, CancellationToken cancellationToken)
    {
        var source = context.GetInput("source") is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
        var collection = source is null ? null : await _collections.FindByActivityAsync(context.InstanceId, source, cancellationToken);
        return collection is { Kind: CollectionKind.Ideas }
            ? collection.Id
            : throw new StepConfigurationException(
                $"{TaskPlanner.Describe(context)} votes on the ideas of '{source}', but that step has not collected any ideas in this lab yet. Let the CollectIdeas step run first.");
    }

    protected override async Task<(JsonObject Output, JsonNode Result)> ResultAsync(LabCollection collection, CancellationToken cancellationToken)
    {
        var ideas = await IdeaBoardReader.EntriesAsync(_collections, board, collection.SourceCollectionId!.Value, cancellationToken);
        var ranking = CollectionResults.Ranking(ideas, await _collections.ListVotesAsync(collection.Id, cancellationToken));
        return (new JsonObject { ["ranking"] = ranking.DeepClone() }, ranking);
    }
}
