namespace LabFlow.Workflows.Bookmarks;

/// <summary>The bookmark kinds of the engine core; the lab domain adds its own.</summary>
public static class BookmarkKinds
{
    public const string Timer = "Timer";
    public const string Signal = "Signal";
}
