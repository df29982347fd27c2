using System.Globalization;
using System.Text.Json.Nodes;

namespace LabFlow.Activities.Labs;

/// <summary>The lab data expressions see as <c>lab</c> (<c>lab.startDate</c>, <c>lab.title</c> …).</summary>
public static class LabContext
{
    public const string StartDate = "startDate";

    /// <summary>The <c>lab</c> object for <paramref name="lab"/>: dates as ISO dates, so script date helpers read them.</summary>
    public static JsonObject For(Lab lab) => new()
    {
        ["id"] = lab.Id.ToString(),
        ["title"] = lab.Title,
        ["administration"] = lab.AdministrationId,
        ["challenge"] = lab.Challenge,
        ["targetAreas"] = new JsonArray([.. lab.TargetAreas.Select(a => JsonValue.Create(a))]),
        [StartDate] = lab.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>The start date in a <c>lab</c> object, when it has one.</summary>
    public static DateOnly? ReadStartDate(JsonObject labContext) =>
        labContext[StartDate] is JsonValue value && value.TryGetValue<string>(out var text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
