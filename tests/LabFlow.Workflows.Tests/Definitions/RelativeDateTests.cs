using System.Text.Json.Nodes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Workflows.Tests.Definitions;

public sealed class RelativeDateTests
{
    [Theory]
    [InlineData("""{ "daysAfterStart": -35 }""", "2027-01-28")]
    [InlineData("""{ "monthsAfterStart": 3 }""", "2027-06-04")]
    [InlineData("""{ "daysAfterCreated": 3 }""", "2027-03-13")]
    public void Resolve_CountsFromItsAnchor_WhenWrittenInTheFlowFormat(string json, string expected)
    {
        Assert.True(RelativeDate.TryParse(JsonNode.Parse(json), out var date));

        Assert.Equal(DateOnly.Parse(expected), date.Resolve(labStart: new DateOnly(2027, 3, 4), created: new DateOnly(2027, 3, 10)));
        Assert.Equal(JsonNode.Parse(json)!.ToJsonString(), date.ToJson().ToJsonString());
    }

    [Theory]
    [InlineData("""{ "daysAfterStart": 1, "daysAfterCreated": 2 }""")]
    [InlineData("""{ "daysAfterStart": 1.5 }""")]
    [InlineData("""{ "daysAfterStart": "3" }""")]
    [InlineData("""{ "weeksAfterStart": 3 }""")]
    [InlineData("\"2027-03-01\"")]
    [InlineData("""{ "js": "lab.startDate" }""")]
    public void TryParse_ReturnsFalse_WhenTheValueIsNotARelativeDate(string json)
    {
        Assert.False(RelativeDate.TryParse(JsonNode.Parse(json), out _));
    }

    [Fact]
    public void CountsFromStart_IsTrueOnlyForStartAnchoredDates()
    {
        Assert.True(RelativeDate.TryParse(JsonNode.Parse("""{ "monthsAfterStart": 6 }"""), out var months));
        Assert.True(RelativeDate.TryParse(JsonNode.Parse("""{ "daysAfterCreated": 6 }"""), out var created));

        Assert.True(months.CountsFromStart);
        Assert.False(created.CountsFromStart);
    }

    [Theory]
    [InlineData("""{ "workingDaysAfterStart": 5 }""", "2027-03-11")]
    [InlineData("""{ "workingDaysAfterStart": -1 }""", "2027-03-03")]
    [InlineData("""{ "workingDaysAfterCreated": 1 }""", "2027-03-15")]
    [InlineData("""{ "workingDaysAfterCreated": 0 }""", "2027-03-12")]
    public void Resolve_SkipsWeekends_WhenCountingWorkingDays(string json, string expected)
    {
        // 2027-03-04 is a Thursday, 2027-03-12 a Friday.
        Assert.True(RelativeDate.TryParse(JsonNode.Parse(json), out var date));

        var resolved = date.Resolve(labStart: new DateOnly(2027, 3, 4), created: new DateOnly(2027, 3, 12));

        Assert.Equal(DateOnly.Parse(expected), resolved);
        Assert.True(date.InWorkingDays);
        Assert.Equal(JsonNode.Parse(json)!.ToJsonString(), date.ToJson().ToJsonString());
    }

    [Fact]
    public void Resolve_SkipsTheCallersHolidays_WhenGivenAWorkingDayCalendar()
    {
        Assert.True(RelativeDate.TryParse(JsonNode.Parse("""{ "workingDaysAfterStart": 2 }"""), out var date));
        var holiday = new DateOnly(2027, 3, 5);

        var resolved = date.Resolve(new DateOnly(2027, 3, 4), new DateOnly(2027, 3, 4), day => day != holiday && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

        Assert.Equal(new DateOnly(2027, 3, 9), resolved);
    }
}
