using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabFlow.Activities.Email;

/// <summary>Reads an email model: JSON to plain values for Liquid, and the dates and ids that calendar files need.</summary>
internal static class EmailModelValues
{
    public static Dictionary<string, object?> ToDictionary(string modelJson)
    {
        using var document = JsonDocument.Parse(modelJson);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? (Dictionary<string, object?>)ToValue(document.RootElement)!
            : [];
    }

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

    private static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
