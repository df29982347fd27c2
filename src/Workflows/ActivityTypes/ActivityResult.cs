using LabFlow.Workflows.Definitions;

namespace LabFlow.Workflows.ActivityTypes;

/// <summary>What an activity handler returns: completed with outcomes, suspended on its bookmarks, or faulted.</summary>
public abstract record ActivityResult
{
    /// <summary>Completes with the given outcomes (the default outcome when none is given).</summary>
    public static ActivityResult Complete(params string[] outcomes) =>
        outcomes.Length == 0 ? CompletedWithDefault : new CompletedResult(outcomes);

    // Most steps complete with the default outcome; the result is immutable, so one instance serves them all.
    private static readonly CompletedResult CompletedWithDefault = new([ConnectionDefinition.DefaultOutcome]);

    /// <summary>Waits: the bookmarks the handler created through the context hold the branch.</summary>
    public static ActivityResult Suspend() => SuspendedResult.Instance;

    /// <summary>Faults the branch with a message that tells a facilitator what went wrong.</summary>
    public static ActivityResult Fault(string message) => new FaultedResult(message);

    /// <summary>Ends the whole lab at once (the End activity).</summary>
    public static ActivityResult EndWorkflow() => EndWorkflowResult.Instance;
}

public sealed record CompletedResult(IReadOnlyList<string> Outcomes) : ActivityResult;

public sealed record SuspendedResult : ActivityResult
{
    public static SuspendedResult Instance { get; } = new();
}

public sealed record FaultedResult(string Message) : ActivityResult;

/// <summary>Ends the whole lab at once: every other branch, bookmark and task is closed.</summary>
public sealed record EndWorkflowResult : ActivityResult
{
    public static EndWorkflowResult Instance { get; } = new();
}
