using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Group flush (leader and followers), as PostgreSQL's and MySQL's group commit do it at the log flush: callers whose
/// writes are already in a file wait until a flush of that file that <em>began after</em> their write has ended, and
/// one flush answers every caller that was waiting when it began (issue 17, <see cref="SqliteWalDurability"/>).
/// </summary>
/// <remarks>
/// A caller who finds no flush running flushes at once on its own thread (no thread hop when it is alone). Callers
/// who come while a flush runs join the next group; when the running flush ends, that group's flush starts on the
/// thread pool and answers all of them. A caller is therefore answered only by a flush that started after it
/// asked, never by one already under way (which may have begun before its write reached the file). A flush that
/// throws fails exactly the callers of its group; the next group gets a flush of its own. The flush function is
/// only ever called by one thread at a time.
/// </remarks>
internal sealed class GroupFlushBarrier(Action flush)
{
    private readonly Lock _lock = new();

    // The group whose flush is running (null when none is), and the group that waits for the next one.
    private Group? _flushing;
    private Group? _next;

    /// <summary>
    /// Returns once a flush that began after this call has succeeded; throws that flush's exception when it failed.
    /// Cancelling stops the wait only: the flush the caller waited for still runs for the others.
    /// </summary>
    public ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var asked = SqliteWriteGateMetrics.Enabled ? Stopwatch.GetTimestamp() : 0;
        Group mine;
        bool leads;
        lock (_lock)
        {
            leads = _flushing is null;
            mine = leads
                ? _flushing = new Group(completion: null)
                : _next ??= new Group(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            mine.Size++;
        }

        if (leads)
        {
            // Leader: nobody else can be in this group (callers who come now join the next one).
            if (Run(mine) is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            RecordWait(asked);
            return ValueTask.CompletedTask;
        }

        return WaitForGroupAsync(mine.Completion!.Task, asked, cancellationToken);
    }

    private static async ValueTask WaitForGroupAsync(Task flushed, long asked, CancellationToken cancellationToken)
    {
        await flushed.WaitAsync(cancellationToken);
        RecordWait(asked);
    }

    private static void RecordWait(long asked)
    {
        if (asked != 0)
        {
            SqliteWriteGateMetrics.DurabilityWait.Record(SqliteWriteGateMetrics.MillisecondsSince(asked), SqliteWriteGateMetrics.WalTag);
        }
    }

    /// <summary>Flushes for <paramref name="group"/>, answers it, then starts the next group's flush if one waits.</summary>
    private Exception? Run(Group group)
    {
        var started = SqliteWriteGateMetrics.Enabled ? Stopwatch.GetTimestamp() : 0;
        Exception? failure = null;
        try
        {
            flush();
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        if (started != 0)
        {
            SqliteWriteGateMetrics.DurabilityFlush.Record(SqliteWriteGateMetrics.MillisecondsSince(started), SqliteWriteGateMetrics.WalTag);
            SqliteWriteGateMetrics.DurabilityGroupSize.Record(group.Size, SqliteWriteGateMetrics.WalTag);
        }

        Group? next;
        lock (_lock)
        {
            next = _next;
            _next = null;
            _flushing = next;
        }

        if (failure is null)
        {
            group.Completion?.TrySetResult();
        }
        else
        {
            group.Completion?.TrySetException(failure);
        }

        if (next is not null)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Barrier.Run(state.Group), (Barrier: this, Group: next), preferLocal: false);
        }

        return failure;
    }

    /// <summary>The callers one flush answers; a leader's group has only the leader, who needs no completion.</summary>
    private sealed class Group(TaskCompletionSource? completion)
    {
        public TaskCompletionSource? Completion { get; } = completion;

        public int Size { get; set; }
    }
}
