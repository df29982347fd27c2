namespace LabFlow.Activities.Tasks;

/// <summary>Bookmark kind and task kinds of the lab domain.</summary>
public static class TaskKinds
{
    /// <summary>The bookmark kind a task's completion resumes.</summary>
    public const string Bookmark = "Task";

    public const string AdHoc = "AdHoc";

    /// <summary>The data key of a step's completion journal entry that names the task it came from (completed or skipped).</summary>
    public const string JournalTaskId = "taskId";
}
