using System.Text.Json.Nodes;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Bookmarks;

namespace LabFlow.Workflows.Flowchart;

/// <summary>Waits for a named signal (optionally correlated); the signal's payload becomes the activity's output.</summary>
internal sealed class WaitForSignalHandler : IActivityHandler
{
    public ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken)
    {
        var signal = FlowValues.GetString(context.GetInput("signal"));
        if (string.IsNullOrWhiteSpace(signal))
        {
            return ValueTask.FromResult(ActivityResult.Fault($"WaitForSignal '{context.Activity.Id}' needs 'signal', the name of the signal to wait for."));
        }

        var correlationValue = context.GetInput("correlation");
        var correlation = correlationValue is null ? null : FlowValues.GetString(correlationValue) ?? correlationValue.ToJsonString();
        context.CreateBookmark(BookmarkKinds.Signal, SignalBookmarks.Key(signal, correlation));
        return ValueTask.FromResult(ActivityResult.Suspend());
    }

    public ValueTask<ActivityResult> ResumeAsync(IActivityContext context, Bookmark bookmark, ResumePayload payload, CancellationToken cancellationToken)
    {
        context.SetOutput(payload.Data ?? new JsonObject());
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}
