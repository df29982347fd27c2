using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using LabFlow.Host.Infrastructure.Persistence;

namespace LabFlow.Bench;

/// <summary>
/// LABFLOW_BENCH_GATE=1: the HTTP benchmark's server listens to <see cref="SqliteWriteGateMetrics"/> and the load
/// generator prints, per level, how long writers waited for SQLite's write gate, held it, and spent of their thread's
/// CPU while holding it (per kind of lease), and how long each phase of a workflow commit took (issue 17: what
/// serialises the completions).
/// </summary>
internal sealed class WriteGateStatistics : IDisposable
{
    public static bool Requested => Environment.GetEnvironmentVariable("LABFLOW_BENCH_GATE") == "1";

    private readonly MeterListener _listener = new();
    private readonly Lock _lock = new();
    private Dictionary<(string Instrument, string Kind), List<double>> _values = [];

    public WriteGateStatistics()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SqliteWriteGateMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            var kind = tags.Length > 0 ? tags[0].Value as string ?? "?" : "?";
            lock (_lock)
            {
                var key = (instrument.Name, kind);
                if (!_values.TryGetValue(key, out var list))
                {
                    _values[key] = list = [];
                }

                list.Add(value);
            }
        });
        _listener.Start();
    }

    /// <summary>One line per instrument and kind since the last call: count, sum, mean, p50, p95, max (milliseconds); then starts afresh.</summary>
    public string TakeReport(double seconds)
    {
        Dictionary<(string Instrument, string Kind), List<double>> values;
        lock (_lock)
        {
            values = _values;
            _values = [];
        }

        var report = new StringBuilder();
        foreach (var ((instrument, kind), list) in values.OrderBy(v => v.Key.Instrument, StringComparer.Ordinal).ThenBy(v => v.Key.Kind, StringComparer.Ordinal))
        {
            list.Sort();
            report.Append(CultureInfo.InvariantCulture, $"{instrument} [{kind}]: n {list.Count}, sum {list.Sum():N0} ms ({list.Sum() / 10 / seconds:N1} % of the wall), mean {list.Average():N2}, p50 {list[list.Count / 2]:N2}, p95 {list[Math.Min(list.Count - 1, (int)(list.Count * 0.95))]:N2}, max {list[^1]:N1} ms|");
        }

        return report.ToString();
    }

    public void Dispose() => _listener.Dispose();
}
