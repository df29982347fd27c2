namespace LabFlow.Host.Components.Shared;

/// <summary>
/// Orders the reads of a live page that several things start at once: a command's own read after it ran, and the
/// reads that pushed changes of other people start. They may finish in any order, and the last to finish is not the
/// newest: a read started before a change committed can finish after one started later, and showing it would put
/// the page back to the state before the change until something else changes. Only a read started after every read
/// already shown is shown.
/// </summary>
/// <remarks>Used on one Blazor circuit, whose dispatcher runs one piece of the page's code at a time.</remarks>
internal sealed class NewestReadWins
{
    private long _started;
    private long _shown;

    /// <summary>Runs <paramref name="read"/> and hands its result to <paramref name="show"/> unless a read started later was shown first.</summary>
    /// <returns>Whether the result was shown.</returns>
    public async Task<bool> ReadAsync<T>(Func<Task<T>> read, Action<T> show)
    {
        var ticket = ++_started;
        var result = await read();
        if (ticket < _shown)
        {
            return false;
        }

        _shown = ticket;
        show(result);
        return true;
    }
}
