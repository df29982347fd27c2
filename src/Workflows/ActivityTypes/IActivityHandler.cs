using LabFlow.Workflows.Bookmarks;

namespace LabFlow.Workflows.ActivityTypes;

/// <summary>
/// The behaviour of an activity type. Handlers are built by dependency injection and never write to a
/// store during a burst: they return a result and add effects through the context.
/// </summary>
public interface IActivityHandler
{
    /// <summary>Runs the activity when a token reaches it.</summary>
    ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Continues the activity when one of its bookmarks is resumed with <paramref name="payload"/>.
    /// The default completes with the default outcome.
    /// </summary>
    ValueTask<ActivityResult> ResumeAsync(IActivityContext context, Bookmark bookmark, ResumePayload payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ActivityResult.Complete());
}
