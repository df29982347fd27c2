using LabFlow.Activities.Time;

namespace LabFlow.Activities.Tests.Time;

public sealed class LabCalendarTests
{
    private readonly LabCalendar _calendar = new();

    [Theory]
    [InlineData("2026-06-19", "2026-06-18")] // midsommarafton (Friday)
    [InlineData("2026-06-20", "2026-06-18")] // midsommardagen (Saturday)
    [InlineData("2026-12-24", "2026-12-23")] // julafton (Thursday)
    [InlineData("2026-12-26", "2026-12-23")] // annandag jul (Saturday): back over juldagen and julafton
    [InlineData("2027-01-01", "2026-12-30")] // nyårsdagen: back over nyårsafton
    [InlineData("2026-06-06", "2026-06-05")] // nationaldagen on a Saturday
    [InlineData("2026-06-07", "2026-06-05")] // a Sunday
    [InlineData("2026-04-06", "2026-04-02")] // annandag påsk: back over påskdagen, påskafton and långfredagen
    [InlineData("2026-05-14", "2026-05-13")] // Kristi himmelsfärdsdag
    [InlineData("2026-06-17", "2026-06-17")] // an ordinary Wednesday stays
    public void DueDate_MovesToWorkingDayBefore_WhenWeekendOrHoliday(string given, string expected)
    {
        var due = _calendar.DueDate(DateOnly.Parse(given, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void MorningOf_IsEightInStockholm_InSummerAndWinter()
    {
        Assert.Equal(new DateTimeOffset(2026, 6, 16, 6, 0, 0, TimeSpan.Zero), _calendar.MorningOf(new DateOnly(2026, 6, 16)).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 7, 0, 0, TimeSpan.Zero), _calendar.MorningOf(new DateOnly(2026, 1, 15)).ToUniversalTime());
    }

    [Fact]
    public void Reminders_AreAtEightOnWorkingDaysBeforeDue_WithoutPastOnes()
    {
        var now = new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero);

        // Due Friday 19 June is midsommarafton, so due is Thursday 18 June; 7 days before is Thursday 11 June,
        // 2 days before is Tuesday 16 June, 14 days before (4 June) is already past.
        var reminders = _calendar.Reminders(_calendar.DueDate(new DateOnly(2026, 6, 19)), [14, 7, 2], now);

        Assert.Equal(
            [new DateTimeOffset(2026, 6, 11, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 16, 6, 0, 0, TimeSpan.Zero)],
            reminders.Select(r => r.ToUniversalTime()));
    }

    [Fact]
    public void DateOf_IsTheStockholmDate_WhenUtcIsStillTheDayBefore()
    {
        Assert.Equal(new DateOnly(2026, 6, 2), _calendar.DateOf(new DateTimeOffset(2026, 6, 1, 22, 30, 0, TimeSpan.Zero)));
    }
}
