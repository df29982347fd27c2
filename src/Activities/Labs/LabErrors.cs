namespace LabFlow.Activities.Labs;

/// <summary>Stable codes of <see cref="LabDomainException"/>, for the API's problem details.</summary>
public static class LabErrors
{
    public const string NotFound = "not_found";
    public const string Forbidden = "forbidden";
    public const string Invalid = "invalid";
    public const string NotOpen = "not_open";
}
