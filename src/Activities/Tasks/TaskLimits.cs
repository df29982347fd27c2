namespace LabFlow.Activities.Tasks;

/// <summary>The longest texts a task takes; the services check them, the API and the pages read the same constants.</summary>
public static class TaskLimits
{
    public const int TitleLength = Labs.LabLimits.TitleLength;

    public const int InstructionsLength = 20000;

    /// <summary>A note on a delegation or reassignment.</summary>
    public const int NoteLength = 1000;

    /// <summary>Why a step is skipped.</summary>
    public const int ReasonLength = 1000;

    public const int CommentLength = 4000;

    /// <summary>The largest draft of a form's answers kept when they cannot be accepted yet (as JSON, in characters).</summary>
    public const int DraftLength = 100_000;

    /// <summary>An action (outcome) name or a phase id given with a command; flows' identifiers are far shorter.</summary>
    public const int IdentifierLength = 200;
}
