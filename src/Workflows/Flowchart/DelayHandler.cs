using System.Globalization;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Bookmarks;

namespace LabFlow.Workflows.Flowchart;

/// <summary>Waits for a duration (ISO 8601) or until a date and time, on a timer bookmark.</summary>
internal sealed class DelayHandler : IActivityHandler
{
    public ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken)
    {
        var id = context.Activity.Id;
        var duration = context.GetInput("duration");
        var until = context.GetInput("until");
        DateTimeOffset dueAt;
        if (duration is not null)
        {
            var text = FlowValues.GetString(duration);
            if (text is null || !IsoDuration.TryAddTo(text, context.Now, out dueAt))
            {
                return Fault($"Delay '{id}' has duration {FlowValues.Describe(duration)}, which is not an ISO 8601 duration such as P3D, PT2H or P3M. Fix the duration.");
            }
        }
        else if (until is not null)
        {
            var text = FlowValues.GetString(until);
            if (text is null || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out dueAt))
            {
                return Fault($"Delay '{id}' has until {FlowValues.Describe(until)}, which is not an ISO 8601 date and time such as 2026-03-01T08:00:00+01:00. Fix the date.");
            }
        }
        else
        {
            return Fault($"Delay '{id}' needs either 'duration' (ISO 8601, such as P3D) or 'until' (an ISO 8601 date and time).");
        }

        context.CreateBookmark(BookmarkKinds.Timer, dueAt: dueAt);
        return ValueTask.FromResult(ActivityResult.Suspend());
    }

    private static ValueTask<ActivityResult> Fault(string message) => ValueTask.FromResult(ActivityResult.Fault(message));
}
