namespace LabFlow.Workflows.Bookmarks;

/// <summary>How signal bookmarks are keyed, shared by WaitForSignal and the runtime's SignalAsync.</summary>
public static class SignalBookmarks
{
    /// <summary><paramref name="signal"/>, or <c>signal|correlation</c> when a correlation is given.</summary>
    public static string Key(string signal, string? correlation) =>
        string.IsNullOrEmpty(correlation) ? signal : $"{signal}|{correlation}";
}
