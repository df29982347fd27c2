namespace LabFlow.Workflows.Bookmarks;

/// <summary>Actors that are not people.</summary>
public static class WorkflowActors
{
    public const string System = "system";
    public const string Timer = "timer";
}
