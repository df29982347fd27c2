using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabFlow.Activities.Time;

/// <summary>
/// Resolves a date relative to the lab, as flows write it: <c>{ "daysAfterStart": -35 }</c>, <c>{ "daysAfterCreated": 3 }</c>,
/// <c>{ "monthsAfterStart": 7 }</c>, an ISO date, or the (already evaluated) result of a <c>{ "js" }</c> expression,
/// which is an ISO date or date and time.
/// </summary>
public static class RelativeDates
{
    public const string DaysAfterStart = "daysAfterStart";
    public const string DaysAfterCreated = "daysAfterCreated";
    public const string MonthsAfterStart = "monthsAfterStart";

    /// <summary>The properties a relative date may have (exactly one).</summary>
    public static IReadOnlyList<string> Properties { get; } = [DaysAfterStart, DaysAfterCreated, MonthsAfterStart];

    /// <summary>What a relative date looks like, for messages.</summary>
    public const string Shapes =
        "{ \"daysAfterStart\": n }, { \"daysAfterCreated\": n }, { \"monthsAfterStart\": n }, an ISO date such as \"2027-03-01\", or { \"js\": \"…\" } returning a date";

    /// <summary>Whether <paramref name="value"/> (a literal as written) has the shape of a relative date; expressions are checked when they run.</summary>
    public static bool IsValidLiteral(JsonNode? value) => value switch
    {
        JsonObject { Count: 1 } relative => relative.First() is var (name, offset)
            && Properties.Contains(name, StringComparer.Ordinal)
            && offset is JsonValue number && number.GetValueKind() == JsonValueKind.Number && number.TryGetValue<int>(out _),
        JsonValue text when text.TryGetValue<string>(out var s) => TryParseDate(s, out _),
        _ => false,
    };

    /// <summary>Whether <paramref name="value"/> counts from the lab's start (<c>daysAfterStart</c> or <c>monthsAfterStart</c>), so it moves with the start and with a step that runs again.</summary>
    public static bool CountsFromStart(JsonNode? value) =>
        value is JsonObject { Count: 1 } relative && (relative.ContainsKey(DaysAfterStart) || relative.ContainsKey(MonthsAfterStart));

    /// <summary>
    /// The Stockholm date <paramref name="value"/> names, counted from <paramref name="labStart"/> or <paramref name="created"/>.
    /// </summary>
    /// <param name="calendar">Converts a date and time returned by an expression to its Stockholm date.</param>
    public static bool TryResolve(JsonNode? value, DateOnly labStart, DateOnly created, LabCalendar calendar, out DateOnly date)
    {
        date = default;
        switch (value)
        {
            case JsonObject { Count: 1 } relative when relative.First() is var (name, offsetNode)
                && offsetNode is JsonValue number && number.GetValueKind() == JsonValueKind.Number && number.TryGetValue<int>(out var offset):
                switch (name)
                {
                    case DaysAfterStart:
                        date = labStart.AddDays(offset);
                        return true;
                    case DaysAfterCreated:
                        date = created.AddDays(offset);
                        return true;
                    case MonthsAfterStart:
                        date = labStart.AddMonths(offset);
                        return true;
                    default:
                        return false;
                }

            case JsonValue text when text.TryGetValue<string>(out var s):
                if (TryParseDate(s, out date))
                {
                    return true;
                }

                if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
                {
                    date = calendar.DateOf(instant);
                    return true;
                }

                return false;

            default:
                return false;
        }
    }

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
