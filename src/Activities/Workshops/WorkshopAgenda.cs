using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Workshops;

/// <summary>
/// A workshop's agenda as people read it: the flow's items (<c>title</c>, <c>minutes</c>, <c>method</c>, <c>notes</c>,
/// each text in Swedish and English) in one language, each with the clock time it starts, counted from the workshop's
/// start. The invitation email, its calendar file and the workshop's task page show this.
/// </summary>
public static class WorkshopAgenda
{
    /// <summary>
    /// The items of <paramref name="agenda"/> (the step's <c>agenda</c> input) in <paramref name="culture"/>:
    /// <c>[{ "start": "13:00", "title", "minutes", "method", "notes" }]</c>; empty when there is no agenda.
    /// </summary>
    public static JsonArray Items(JsonNode? agenda, TimeOnly start, CultureInfo culture)
    {
        var items = new JsonArray();
        if (agenda is not JsonArray list)
        {
            return items;
        }

        var clock = start;
        foreach (var entry in list.OfType<JsonObject>())
        {
            var minutes = entry["minutes"] is JsonValue m && m.TryGetValue<int>(out var n) && n > 0 ? n : (int?)null;
            var item = new JsonObject
            {
                ["start"] = clock.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["title"] = TaskPlanner.ToText(entry["title"])?.Get(culture) ?? string.Empty,
            };
            if (minutes is { } length)
            {
                item["minutes"] = length;
                clock = clock.AddMinutes(length);
            }

            if (TaskPlanner.ToText(entry["method"])?.Get(culture) is { Length: > 0 } method)
            {
                item["method"] = method;
            }

            if (TaskPlanner.ToText(entry["notes"])?.Get(culture) is { Length: > 0 } notes)
            {
                item["notes"] = notes;
            }

            items.Add(item);
        }

        return items;
    }

    /// <summary>The items as plain lines for a calendar invitation's description; <c>null</c> when there are none.</summary>
    public static string? Text(JsonNode? items)
    {
        if (items is not JsonArray list || list.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder("Agenda:");
        foreach (var item in list.OfType<JsonObject>())
        {
            text.Append('\n').Append(Value(item, "start")).Append(' ').Append(Value(item, "title"));
            if (item["minutes"] is { } minutes)
            {
                text.Append(" (").Append(minutes.ToJsonString()).Append(" min)");
            }

            if (Value(item, "method") is { } method)
            {
                text.Append(" – ").Append(method);
            }
        }

        return text.ToString();
    }

    private static string? Value(JsonObject item, string name) =>
        item[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
