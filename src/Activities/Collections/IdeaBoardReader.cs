namespace LabFlow.Activities.Collections;

/// <summary>Reads a board's entries: the submissions with the facilitator's themes, merges and rewordings.</summary>
internal static class IdeaBoardReader
{
    public static async Task<IReadOnlyList<IdeaBoardEntry>> EntriesAsync(ICollectionStore collections, IIdeaBoardStore board, Guid ideasCollectionId, CancellationToken cancellationToken) =>
        IdeaBoardEntry.Build(
            await collections.ListSubmissionsAsync(ideasCollectionId, cancellationToken),
            await board.ListCurationsAsync(ideasCollectionId, cancellationToken),
            await board.ListRevisionsAsync(ideasCollectionId, cancellationToken));
}
