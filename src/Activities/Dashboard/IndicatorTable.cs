using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Dashboard;

/// <summary>
/// Lines up one lab's indicator answers: the baseline (the last completed baseline step; without one, the baseline
/// columns of the first follow-up), then each completed follow-up by due date. Indicators are matched by name
/// (ignoring case and surrounding spaces), in the order they first appear.
/// </summary>
internal static class IndicatorTable
{
    private static readonly LocalizedText BaselineName = LocalizedText.Of("Nuläge", "Baseline");

    public static LabIndicators Build(Lab lab, IReadOnlyList<LabTask> readable, IReadOnlyDictionary<string, IndicatorStep> steps, int unreadable)
    {
        var baseline = readable
            .Where(t => steps[t.ActivityId!].Kind == IndicatorMeasureKind.Baseline)
            .OrderBy(t => t.ClosedAt)
            .LastOrDefault();
        var followUps = readable
            .Where(t => steps[t.ActivityId!].Kind == IndicatorMeasureKind.FollowUp)
            .OrderBy(t => t.Due ?? DateOnly.MaxValue)
            .ThenBy(t => t.ClosedAt)
            .ToList();

        var measures = new List<IndicatorMeasure>();
        var rows = new Dictionary<string, (string Name, string? Unit, Dictionary<int, SexValues> Values)>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();

        void Put(string name, string? unit, int measure, SexValues values)
        {
            var key = name.Trim();
            if (!rows.TryGetValue(key, out var row))
            {
                row = (key, unit, []);
                rows[key] = row;
                order.Add(key);
            }

            row.Values.TryAdd(measure, values);
            if (row.Unit is null && unit is not null)
            {
                rows[key] = row with { Unit = unit };
            }
        }

        if (baseline is not null || followUps.Count > 0)
        {
            measures.Add(new IndicatorMeasure(IndicatorMeasureKind.Baseline, BaselineName, baseline?.Due));
        }

        if (baseline is not null)
        {
            foreach (var row in Rows(baseline, steps))
            {
                Put(row.Name, Text(row.Row[IndicatorPresets.UnitKey]), 0, new(Number(row.Row[IndicatorPresets.WomenKey]), Number(row.Row[IndicatorPresets.MenKey])));
            }
        }

        foreach (var followUp in followUps)
        {
            measures.Add(new IndicatorMeasure(IndicatorMeasureKind.FollowUp, followUp.Title, followUp.Due));
            var index = measures.Count - 1;
            foreach (var row in Rows(followUp, steps))
            {
                // The baseline step is the truth; a follow-up's own baseline columns fill in only what it lacks.
                Put(row.Name, null, 0, new(Number(row.Row[IndicatorPresets.BaselineWomenKey]), Number(row.Row[IndicatorPresets.BaselineMenKey])));
                Put(row.Name, null, index, new(Number(row.Row[IndicatorPresets.CurrentWomenKey]), Number(row.Row[IndicatorPresets.CurrentMenKey])));
            }
        }

        var series = order
            .Select(key => rows[key])
            .Select(r => new IndicatorSeries(r.Name, r.Unit, [.. Enumerable.Range(0, measures.Count).Select(i => r.Values.GetValueOrDefault(i))]))
            .ToList();
        return new LabIndicators(lab.Id, lab.Title, lab.AdministrationId, measures, series, unreadable);
    }

    private static IEnumerable<(string Name, JsonObject Row)> Rows(LabTask task, IReadOnlyDictionary<string, IndicatorStep> steps) =>
        (task.Answers?[steps[task.ActivityId!].FieldKey] as JsonArray ?? new JsonArray())
            .OfType<JsonObject>()
            .Select(row => (Name: Text(row[IndicatorPresets.IndicatorKey]), Row: row))
            .Where(r => !string.IsNullOrWhiteSpace(r.Name))
            .Select(r => (r.Name!, r.Row));

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static decimal? Number(JsonNode? node) =>
        node is JsonValue value
            ? value.TryGetValue<decimal>(out var number) ? number
            : value.TryGetValue<double>(out var real) ? (decimal)real
            : null
            : null;
}
