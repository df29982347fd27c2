using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabFlow.Activities.Email;

/// <summary>Reads an email model: JSON to plain values for Liquid, and the dates and ids that calendar files need.</summary>
internal static class EmailModelValues
{
    /// <summary>
    /// The model's values as Liquid reads them, straight from the nodes: every email of a burst rendered its model
    /// through JSON text and a parsed document (issue 17).
    /// </summary>
    public static Dictionary<string, object?> ToDictionary(JsonObject model) => (Dictionary<string, object?>)ToValue(model)!;

    public static string? GetString(JsonObject model, string key) =>
        model[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static int? GetInt32(JsonObject model, string key) =>
        model[key] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number)
            ? number
            : model[key] is JsonValue text && text.GetValueKind() == JsonValueKind.String
                && int.TryParse(text.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : null;

    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            date = DateOnly.FromDateTime(moment.DateTime);
            return true;
        }

        return false;
    }

    /// <summary>
    /// A point in time: ISO 8601 with an offset, or without one meaning wall-clock time in <paramref name="zone"/>.
    /// Returns the wall-clock time in <paramref name="zone"/>.
    /// </summary>
    public static bool TryParseLocalTime(string? text, TimeZoneInfo zone, out DateTime local)
    {
        local = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // RoundtripKind tells the two apart: Unspecified means no offset was written.
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return false;
        }

        if (parsed.Kind == DateTimeKind.Unspecified)
        {
            local = parsed;
            return true;
        }

        var moment = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);
        local = DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(moment, zone).DateTime, DateTimeKind.Unspecified);
        return true;
    }

    // Numbers as decimal from their JSON text, as JsonElement.GetDecimal read them: a node built from an int or a
    // double holds that CLR type, not a decimal. Strings likewise from nodes built from a Guid or a date.
    private static object? ToValue(JsonNode? node) => node switch
    {
        JsonObject item => item.ToDictionary(p => p.Key, p => ToValue(p.Value)),
        JsonArray items => items.Select(ToValue).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.TryGetValue<string>(out var text) ? text : value.Deserialize<string>(), // a Guid or date node too
            JsonValueKind.Number => decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };
}
