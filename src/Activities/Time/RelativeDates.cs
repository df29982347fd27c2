using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Time;

/// <summary>
/// Resolves a due date or timer date as flows write it: a <see cref="RelativeDate"/> (the grammar is defined once, in
/// the engine core), an ISO date, or the (already evaluated) result of a <c>{ "js" }</c> expression, which is an ISO
/// date or date and time, converted to its Stockholm date.
/// </summary>
public static class RelativeDates
{
    public const string DaysAfterStart = RelativeDate.DaysAfterStart;
    public const string DaysAfterCreated = RelativeDate.DaysAfterCreated;
    public const string MonthsAfterStart = RelativeDate.MonthsAfterStart;
    public const string WorkingDaysAfterStart = RelativeDate.WorkingDaysAfterStart;
    public const string WorkingDaysAfterCreated = RelativeDate.WorkingDaysAfterCreated;

    /// <summary>What a date may look like, for messages.</summary>
    public const string Shapes = RelativeDate.Shapes + ", an ISO date such as \"2027-03-01\", or { \"js\": \"…\" } returning a date";

    /// <summary>Whether <paramref name="value"/> counts from the lab's start, so it moves with the start and with a step that runs again.</summary>
    public static bool CountsFromStart(JsonNode? value) => RelativeDate.TryParse(value, out var relative) && relative.CountsFromStart;

    /// <summary>
    /// The Stockholm date <paramref name="value"/> names, counted from <paramref name="labStart"/> or <paramref name="created"/>.
    /// </summary>
    /// <param name="calendar">Converts a date and time returned by an expression to its Stockholm date.</param>
    public static bool TryResolve(JsonNode? value, DateOnly labStart, DateOnly created, LabCalendar calendar, out DateOnly date)
    {
        date = default;
        if (RelativeDate.TryParse(value, out var relative))
        {
            date = relative.Resolve(labStart, created, calendar.IsWorkingDay);
            return true;
        }

        if (value is not JsonValue text || !text.TryGetValue<string>(out var s))
        {
            return false;
        }

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
    }

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
