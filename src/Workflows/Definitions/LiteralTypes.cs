using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LabFlow.Workflows.Definitions;

/// <summary>Checks that a literal value written in a flow has the shape its <see cref="FlowValueType"/> needs.</summary>
internal static partial class LiteralTypes
{
    /// <summary>The properties a date relative to the lab may have (exactly one of them, a whole number).</summary>
    public static IReadOnlyList<string> RelativeDateProperties { get; } = ["daysAfterStart", "daysAfterCreated", "monthsAfterStart"];

    /// <summary>How a value of <paramref name="type"/> is written, for "must be …" messages.</summary>
    public static string Describe(FlowValueType type) => type switch
    {
        FlowValueType.String => "a string",
        FlowValueType.Text => "a text (a string, or an object of culture to string such as { \"sv\": \"…\", \"en\": \"…\" })",
        FlowValueType.Number => "a number",
        FlowValueType.Boolean => "true or false",
        FlowValueType.Date => "a date (an ISO date such as \"2026-01-05\", or { \"daysAfterStart\": 3 }, { \"daysAfterCreated\": 3 }, { \"workingDaysAfterStart\": 3 }, { \"workingDaysAfterCreated\": 3 } or { \"monthsAfterStart\": 3 })",
        FlowValueType.DateTime => "a date and time (ISO 8601 such as \"2026-01-05T09:00:00+01:00\" or \"2026-01-05\", or { \"daysAfterStart\": 3 }, { \"daysAfterCreated\": 3 }, { \"workingDaysAfterStart\": 3 }, { \"workingDaysAfterCreated\": 3 } or { \"monthsAfterStart\": 3 })",
        FlowValueType.Duration => "an ISO 8601 duration such as \"P3D\", \"PT2H\" or \"P3M\"",
        FlowValueType.Person => "a person (a user id, or an object such as { \"role\": \"Facilitator\" })",
        FlowValueType.PersonList => "people (a list, or an object such as { \"role\": \"Participant\", \"each\": true })",
        FlowValueType.Administration => "an administration id (a string)",
        FlowValueType.Object => "an object",
        FlowValueType.List => "a list (an array)",
        _ => "any value",
    };

    /// <summary>Whether <paramref name="value"/> (not null) is a valid literal of <paramref name="type"/>.</summary>
    public static bool Matches(FlowValueType type, JsonNode value) => type switch
    {
        FlowValueType.String or FlowValueType.Administration => IsString(value, out _),
        FlowValueType.Text => IsString(value, out _) || (value is JsonObject text && text.All(p => p.Value is not null && IsString(p.Value, out _))),
        FlowValueType.Number => value is JsonValue && value.GetValueKind() == JsonValueKind.Number,
        FlowValueType.Boolean => value is JsonValue && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        FlowValueType.Date => (IsString(value, out var date) && IsIsoDate(date)) || RelativeDate.TryParse(value, out _),
        FlowValueType.DateTime => (IsString(value, out var dateTime) && (IsIsoDate(dateTime) || IsIsoDateTime(dateTime))) || RelativeDate.TryParse(value, out _),
        FlowValueType.Duration => IsString(value, out var duration) && IsIsoDuration(duration),
        FlowValueType.Person => IsString(value, out _) || value is JsonObject,
        FlowValueType.PersonList => value is JsonArray or JsonObject,
        FlowValueType.Object => value is JsonObject,
        FlowValueType.List => value is JsonArray,
        _ => true,
    };

    public static bool IsIsoDuration(string text) => IsoDuration().IsMatch(text);

    public static bool IsIsoDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public static bool IsIsoDateTime(string text) =>
        IsoDateTime().IsMatch(text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    private static bool IsString(JsonNode value, out string text)
    {
        text = string.Empty;
        return value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.TryGetValue(out text!);
    }

    [GeneratedRegex(@"^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")]
    private static partial Regex IsoDuration();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex IsoDateTime();
}
