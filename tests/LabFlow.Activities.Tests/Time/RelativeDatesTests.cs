using System.Text.Json.Nodes;
using LabFlow.Activities.Time;

namespace LabFlow.Activities.Tests.Time;

public sealed class RelativeDatesTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);
    private static readonly DateOnly Created = new(2026, 3, 20);
    private readonly LabCalendar _calendar = new();

    [Theory]
    [InlineData("""{ "daysAfterStart": -35 }""", "2026-01-26")]
    [InlineData("""{ "daysAfterCreated": 3 }""", "2026-03-23")]
    [InlineData("""{ "monthsAfterStart": 7 }""", "2026-10-02")]
    [InlineData("""{ "workingDaysAfterCreated": 1 }""", "2026-03-23")] // Friday to Monday
    [InlineData("""{ "workingDaysAfterStart": 24 }""", "2026-04-07")] // past långfredag and annandag påsk
    [InlineData("\"2027-03-01\"", "2027-03-01")]
    [InlineData("\"2026-03-12T00:00:00.000Z\"", "2026-03-12")] // what addDays(lab.startDate, 10) returns
    [InlineData("\"2026-03-12T23:30:00Z\"", "2026-03-13")] // already the next day in Stockholm
    public void TryResolve_ReturnsTheDate_ForEveryShape(string json, string expected)
    {
        var resolved = RelativeDates.TryResolve(JsonNode.Parse(json), Start, Created, _calendar, out var date);

        Assert.True(resolved);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("""{ "weeksAfterStart": 2 }""")]
    [InlineData("""{ "daysAfterStart": 1.5 }""")]
    [InlineData("\"next tuesday\"")]
    [InlineData("42")]
    public void TryResolve_Fails_WhenNotADate(string json)
    {
        Assert.False(RelativeDates.TryResolve(JsonNode.Parse(json), Start, Created, _calendar, out _));
    }
}
