using LabFlow.Activities.Time;

namespace LabFlow.Activities.Tests.Time;

public sealed class StepRunTests
{
    private static readonly LabCalendar Calendar = new();

    [Fact]
    public void Place_KeepsThePlansDate_WhenFirstRun()
    {
        // A first run keeps even a date that lies before today and on a Sunday: that is the flow's plan.
        var placed = StepRun.First.Place(D(2026, 6, 7), D(2026, 6, 10), Calendar);

        Assert.Equal(D(2026, 6, 7), placed);
    }

    [Fact]
    public void Place_ShiftsAndMovesToWorkingDayBefore_WhenShiftLandsOnAHoliday()
    {
        // Monday 8 June + 11 days is Friday 19 June, midsommarafton: the Thursday before.
        var placed = new StepRun(Repeated: true, ShiftDays: 11).Place(D(2026, 6, 8), D(2026, 6, 12), Calendar);

        Assert.Equal(D(2026, 6, 18), placed);
    }

    [Fact]
    public void Place_MovesToFirstWorkingDayFromToday_WhenShiftedDateStillLiesBeforeToday()
    {
        // The first run's date was already five days before it ran; the repeated run on Saturday 13 June gets Monday 15 June.
        var placed = new StepRun(Repeated: true, ShiftDays: 12).Place(D(2026, 5, 27), D(2026, 6, 13), Calendar);

        Assert.Equal(D(2026, 6, 15), placed);
    }

    [Fact]
    public void Place_KeepsThePlansDate_WhenRepeatedRunIsNotLaterInThePlan()
    {
        var placed = new StepRun(Repeated: true, ShiftDays: 0).Place(D(2026, 7, 8), D(2026, 7, 1), Calendar);

        Assert.Equal(D(2026, 7, 8), placed);
    }

    [Theory]
    [InlineData("2026-06-17", "2026-06-17")] // an ordinary Wednesday stays
    [InlineData("2026-06-19", "2026-06-22")] // midsommarafton: over midsommardagen and the Sunday to Monday
    [InlineData("2026-12-24", "2026-12-28")] // julafton: over juldagen, annandag jul and the Sunday
    public void WorkingDayFrom_IsTheDayOrTheFirstWorkingDayAfter(string given, string expected)
    {
        var day = Calendar.WorkingDayFrom(DateOnly.Parse(given, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day);
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
