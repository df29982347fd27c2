namespace LabFlow.Activities.Labs;

/// <summary>The longest texts a lab takes; the services check them, the API and the pages read the same constants.</summary>
public static class LabLimits
{
    public const int TitleLength = 200;

    public const int ChallengeLength = 2000;

    /// <summary>Why a lab is cancelled.</summary>
    public const int ReasonLength = 1000;

    /// <summary>A flow id given to launch a lab (flow ids are the designer's identifiers, so only their length is limited here).</summary>
    public const int DefinitionIdLength = 200;

    public const int TargetAreaLength = 200;

    public const int TargetAreaCount = 50;

    /// <summary>A signal's name and its correlation (WaitForSignal).</summary>
    public const int SignalNameLength = 200;
}
