using LabFlow.Workflows.Flowchart;

namespace LabFlow.Workflows.Tests.Flowchart;

public sealed class IsoDurationTests
{
    private static readonly DateTimeOffset EndOfJanuary = new(2026, 1, 31, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("P3M", "2026-04-30T08:00:00+00:00")]
    [InlineData("P1M", "2026-02-28T08:00:00+00:00")]
    [InlineData("P1Y2M", "2027-03-31T08:00:00+00:00")]
    [InlineData("P2W", "2026-02-14T08:00:00+00:00")]
    [InlineData("P3D", "2026-02-03T08:00:00+00:00")]
    [InlineData("PT2H30M", "2026-01-31T10:30:00+00:00")]
    [InlineData("P1DT12H", "2026-02-01T20:00:00+00:00")]
    [InlineData("P1M2DT1H", "2026-03-02T09:00:00+00:00")]
    public void TryAddTo_AddsCalendarMonthsThenTime_WhenDurationIsValid(string duration, string expected)
    {
        var ok = IsoDuration.TryAddTo(duration, EndOfJanuary, out var result);

        Assert.True(ok);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result);
    }

    [Theory]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("3 days")]
    [InlineData("P3X")]
    [InlineData("-P3D")]
    [InlineData("PT2H3D")]
    public void TryAddTo_ReturnsFalse_WhenDurationIsNotIso8601(string duration)
    {
        Assert.False(IsoDuration.TryAddTo(duration, EndOfJanuary, out _));
    }
}
