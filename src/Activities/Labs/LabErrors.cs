namespace LabFlow.Activities.Labs;

/// <summary>Stable codes of <see cref="LabDomainException"/>, for the API's problem details.</summary>
public static class LabErrors
{
    public const string NotFound = "not_found";
    public const string Forbidden = "forbidden";
    public const string Invalid = "invalid";
    public const string NotOpen = "not_open";

    /// <summary>
    /// Another command got there first: what this one asked for already holds, or can no longer be done (a task
    /// claimed or handed over by someone else, a lab already paused or cancelled). The API answers 409.
    /// </summary>
    public const string Conflict = "conflict";

    /// <summary>A task changed since the caller read it (a stale version, or a lost race); the API answers 409.</summary>
    public const string TaskConflict = "task_conflict";

    /// <summary>A lab changed since the caller read it (a stale version, or a lost race); the API answers 409.</summary>
    public const string LabConflict = "lab_conflict";

    /// <summary>
    /// Nothing the mail server refused is waiting to be sent again to the person (another administrator sent it again
    /// first, or it went through); the API answers 409.
    /// </summary>
    public const string EmailNotRefused = "email_not_refused";
}
