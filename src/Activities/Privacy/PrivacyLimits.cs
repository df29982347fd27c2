namespace LabFlow.Activities.Privacy;

/// <summary>The limits of the privacy features, one constant each.</summary>
public static class PrivacyLimits
{
    /// <summary>The longest reason an erasure decision may give.</summary>
    public const int ReasonLength = 2000;

    /// <summary>
    /// Removed free texts shorter than this are emptied where they were answered but not searched for elsewhere:
    /// replacing a short word such as "Ja" in every column would change other people's data.
    /// </summary>
    public const int MinSearchedTextLength = 6;

    /// <summary>The most access-log rows one listing returns.</summary>
    public const int AccessLogPage = 500;
}
