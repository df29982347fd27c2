namespace LabFlow.Activities.Tasks;

/// <summary>Bookmark kind and task kinds of the lab domain.</summary>
public static class TaskKinds
{
    /// <summary>The bookmark kind a task's completion resumes.</summary>
    public const string Bookmark = "Task";

    public const string AdHoc = "AdHoc";
}
