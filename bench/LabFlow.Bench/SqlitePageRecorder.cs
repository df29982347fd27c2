using System.Collections.Concurrent;
using System.Globalization;
using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Bench;

/// <summary>
/// Every SQLite statement LabFlow runs (EF Core's and the plain commands alike), by shape, with the pages each read
/// from the operating system (a <c>pread</c> each), found in the connection's cache and wrote to the WAL
/// (<see cref="SqlitePageStatistics"/>), split into the measured flow's own statements (<see cref="CallTimings.Active"/>)
/// and the background's (email delivery, the checkpointer, timers). A statement run outside a transaction is its own
/// transaction, and in WAL mode its read starts with an empty page cache whenever another connection committed since.
/// </summary>
internal sealed class SqlitePageRecorder
{
    private readonly CallTimings _timings;
    private readonly ConcurrentDictionary<string, Counts> _byShape = new(StringComparer.Ordinal);

    public SqlitePageRecorder(CallTimings timings)
    {
        _timings = timings;
        SqlitePageStatistics.Install(Record);
    }

    public void Reset() => _byShape.Clear();

    /// <summary>The statements since <see cref="Reset"/> per <paramref name="per"/>, most pages read first.</summary>
    public void Print(int per, string unit)
    {
        var all = _byShape.Values.Aggregate(new Counts(), (sum, c) => sum.Add(c));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  SQLite statements per {unit}, every flow: {all.Statements / (double)per:N1} statements ({all.OwnTransactions / (double)per:N1} outside a transaction), {all.Missed / (double)per:N1} pages read, {all.Hit / (double)per:N1} from the cache, {all.Written / (double)per:N1} written; by shape (own = the measured flow's, bg = background):"));
        Console.WriteLine("      runs  outside   pages read    cached   written   shape");
        foreach (var (shape, c) in _byShape.OrderByDescending(s => s.Value.Missed).ThenByDescending(s => s.Value.Written).Take(40))
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"    {c.Statements / (double)per,6:N2}  {c.OwnTransactions / (double)per,6:N2}  {c.Missed / (double)per,10:N2}  {c.Hit / (double)per,8:N1}  {c.Written / (double)per,8:N2}   {shape}"));
        }
    }

    private void Record(StatementPages pages)
    {
        var shape = (_timings.Active ? "own " : "bg  ") + CompletionProfileBenchmark.Shape(pages.Sql);
        var counts = _byShape.GetOrAdd(shape, _ => new Counts());
        lock (counts)
        {
            counts.Statements++;
            counts.OwnTransactions += pages.AutoCommit ? 1 : 0;
            counts.Missed += pages.Missed;
            counts.Hit += pages.Hit;
            counts.Written += pages.Written;
        }
    }

    private sealed class Counts
    {
        public long Statements { get; set; }

        public long OwnTransactions { get; set; }

        public long Missed { get; set; }

        public long Hit { get; set; }

        public long Written { get; set; }

        public Counts Add(Counts other)
        {
            lock (other)
            {
                Statements += other.Statements;
                OwnTransactions += other.OwnTransactions;
                Missed += other.Missed;
                Hit += other.Hit;
                Written += other.Written;
            }

            return this;
        }
    }
}
