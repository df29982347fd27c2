using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LabFlow.Bench;

/// <summary>
/// EF Core's executed commands (from its diagnostic source) by shape, and its write transactions (each committed
/// transaction, and each INSERT, UPDATE or DELETE run outside one, which commits on its own: one fsync each on
/// SQLite), on the flows <see cref="CallTimings"/> counts; and the write transactions of every flow
/// (<see cref="AllWriteTransactions"/>: also the background work a completion leaves behind, such as email delivery).
/// </summary>
internal sealed class SqlRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly CallTimings _timings;
    private readonly IDisposable _all;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly ConcurrentDictionary<string, int> _allWritesByShape = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<DbTransaction, string> _firstWriteOf = [];
    private long _allWriteTransactions;

    public SqlRecorder(CallTimings timings)
    {
        _timings = timings;
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Write transactions committed on any flow since this recorder started.</summary>
    public long AllWriteTransactions => Interlocked.Read(ref _allWriteTransactions);

    /// <summary>Forgets the write transactions by shape (<see cref="PrintAllWrites"/>); the total keeps counting.</summary>
    public void ResetAllWrites() => _allWritesByShape.Clear();

    /// <summary>Every flow's write transactions since <see cref="ResetAllWrites"/>, per <paramref name="per"/>, by the shape of their first write.</summary>
    public void PrintAllWrites(int per, string unit)
    {
        foreach (var (shape, count) in _allWritesByShape.OrderByDescending(c => c.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {count / (double)per,6:N3} per {unit}  {shape}"));
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed)
        {
            var shape = CompletionProfileBenchmark.Shape(executed.Command.CommandText);
            var commitsOnItsOwn = executed.Command.Transaction is null && shape.Split(' ', 2)[0] is "INSERT" or "UPDATE" or "DELETE";
            if (commitsOnItsOwn)
            {
                Interlocked.Increment(ref _allWriteTransactions);
                _allWritesByShape.AddOrUpdate(shape, 1, (_, count) => count + 1);
            }
            else if (executed.Command.Transaction is { } transaction && shape.Split(' ', 2)[0] is "INSERT" or "UPDATE" or "DELETE")
            {
                _firstWriteOf.TryAdd(transaction, shape);
            }

            if (_timings.Active)
            {
                _timings.AddCommand(shape, executed.Duration);
                if (commitsOnItsOwn)
                {
                    _timings.AddWriteTransaction();
                }
            }
        }
        else if (value.Key == RelationalEventId.TransactionCommitted.Name)
        {
            Interlocked.Increment(ref _allWriteTransactions);
            var shape = value.Value is TransactionEndEventData ended && _firstWriteOf.TryGetValue(ended.Transaction, out var first)
                ? "transaction from " + first
                : "transaction";
            _allWritesByShape.AddOrUpdate(shape, 1, (_, count) => count + 1);
            if (_timings.Active)
            {
                _timings.AddWriteTransaction();
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions)
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}
