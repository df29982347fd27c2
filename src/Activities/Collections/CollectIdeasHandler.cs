using System.Text.Json.Nodes;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.ActivityTypes;

namespace LabFlow.Activities.Collections;

/// <summary>Collects any number of ideas from the participants while open; the result is the list of submissions.</summary>
internal sealed class CollectIdeasHandler(TaskPlanner planner, ICollectionStore collections, IIdeaBoardStore board) : CollectionStepHandler(planner, collections)
{
    private readonly ICollectionStore _collections = collections;

    protected override CollectionKind Kind => CollectionKind.Ideas;

    protected override Task<Guid?> ReadSourceAsync(IActivityContext context, CancellationToken cancellationToken) => Task.FromResult<Guid?>(null);

    protected override async Task<(JsonObject Output, JsonNode Result)> ResultAsync(LabCollection collection, CancellationToken cancellationToken)
    {
        var ideas = CollectionResults.Ideas(collection, await IdeaBoardReader.EntriesAsync(_collections, board, collection.Id, cancellationToken));
        return (new JsonObject { ["ideas"] = ideas.DeepClone(), ["count"] = ideas.Count }, ideas);
    }
}
