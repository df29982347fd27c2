using Jint;

namespace LabFlow.Workflows.Expressions;

/// <summary>
/// The scripts' wall-clock limit on the coarse system tick (a few milliseconds' resolution; the limit is a second by
/// default) instead of Jint's own, which reads the precise clock when every script starts: on the benchmark VM that
/// read was a system call costing a few per cent of a short step (issue 17). It throws what Jint's limit throws.
/// </summary>
internal sealed class CoarseTimeLimit(TimeSpan limit) : Constraint
{
    private readonly long _limitMilliseconds = (long)Math.Ceiling(limit.TotalMilliseconds);
    private long _deadline;

    // A clock only advances, so checking every few statements only bounds how late the limit is noticed.
    public override bool IsAmortizable => true;

    public override void Check()
    {
        if (Environment.TickCount64 > _deadline)
        {
            throw new TimeoutException();
        }
    }

    public override void Reset() => _deadline = Environment.TickCount64 + _limitMilliseconds;
}
