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
    private readonly Dictionary<string, string?> _units = [];
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
                _units[instrument.Name] = instrument.Unit;
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

    /// <summary>
    /// One line per instrument and kind since the last call: count, sum, mean, p50, p95, max, in milliseconds (with the
    /// sum's share of the wall), or as plain numbers for a count such as the commits one WAL flush answered; then
    /// starts afresh.
    /// </summary>
    public string TakeReport(double seconds)
    {
        Dictionary<(string Instrument, string Kind), List<double>> values;
        Dictionary<string, string?> units;
        lock (_lock)
        {
            values = _values;
            _values = [];
            units = new Dictionary<string, string?>(_units);
        }

        var report = new StringBuilder();
        foreach (var ((instrument, kind), list) in values.OrderBy(v => v.Key.Instrument, StringComparer.Ordinal).ThenBy(v => v.Key.Kind, StringComparer.Ordinal))
        {
            list.Sort();
            var p50 = list[list.Count / 2];
            var p95 = list[Math.Min(list.Count - 1, (int)(list.Count * 0.95))];
            if (units.GetValueOrDefault(instrument) == "ms")
            {
                report.Append(CultureInfo.InvariantCulture, $"{instrument} [{kind}]: n {list.Count}, sum {list.Sum():N0} ms ({list.Sum() / 10 / seconds:N1} % of the wall), mean {list.Average():N2}, p50 {p50:N2}, p95 {p95:N2}, max {list[^1]:N1} ms|");
            }
            else
            {
                report.Append(CultureInfo.InvariantCulture, $"{instrument} [{kind}]: n {list.Count}, sum {list.Sum():N0}, mean {list.Average():N2}, p50 {p50:N0}, p95 {p95:N0}, max {list[^1]:N0} {units.GetValueOrDefault(instrument)}|");
            }
        }

        return report.ToString();
    }

    public void Dispose() => _listener.Dispose();
}
