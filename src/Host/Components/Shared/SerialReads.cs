namespace LabFlow.Host.Components.Shared;

/// <summary>
/// Runs the reads of a live page one at a time, so what it shows last was read after the last change it heard of. A
/// command's own read and the reads that changes pushed by other people ask for arrive at any moment; run side by
/// side, a read that began before a change could finish after one that began later and put the page back to the
/// state before the change until the next push (six voters at once: a participant's second dot vanished). Here a
/// read asked for while one runs waits, and all the reads asked for meanwhile are served by one read that starts
/// after the running one has finished.
/// </summary>
/// <remarks>Used on one Blazor circuit, whose dispatcher runs one piece of the page's code at a time.</remarks>
internal sealed class SerialReads
{
    private long _asked;
    private long _served;
    private Task? _running;

    /// <summary>Completes once a read that started after this call has finished (its failure is thrown to every caller it served).</summary>
    public async Task ReadAsync(Func<Task> read)
    {
        var request = ++_asked;
        while (_served < request)
        {
            if (_running is null || _running.IsCompleted)
            {
                _running = ReadOnceAsync(read, serves: _asked);
            }

            await _running;
        }
    }

    private async Task ReadOnceAsync(Func<Task> read, long serves)
    {
        await read();
        _served = Math.Max(_served, serves);
    }
}
