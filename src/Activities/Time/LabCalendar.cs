using PublicHoliday;

namespace LabFlow.Activities.Time;

/// <summary>
/// The lab's calendar: dates are days in Europe/Stockholm, due dates fall on Swedish working days outside the
/// organisation's holiday periods (<see cref="HolidayPeriods"/>), and reminders go out at 08:00 Stockholm time on their day.
/// </summary>
public sealed class LabCalendar
{
    private readonly HolidayPeriods _periods;

    /// <summary>A calendar with weekends and public holidays only (no holiday periods).</summary>
    public LabCalendar()
        : this(new HolidayPeriods())
    {
    }

    public LabCalendar(HolidayPeriods periods) => _periods = periods;

    /// <summary>The hour (Stockholm time) at which reminders and digests go out.</summary>
    public static readonly TimeOnly ReminderTime = new(8, 0);

    private readonly SwedenPublicHoliday _holidays = new();

    public static TimeZoneInfo Stockholm { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>The Stockholm date at <paramref name="instant"/>.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Stockholm).DateTime);

    /// <summary>
    /// Whether <paramref name="date"/> is a weekday that is no Swedish public holiday (nor midsommarafton, julafton or
    /// nyårsafton) and lies in no holiday period of the organisation.
    /// </summary>
    public bool IsWorkingDay(DateOnly date) => IsWorkday(date) && _periods.Find(date) is null;

    /// <summary>The holiday period <paramref name="date"/> lies in, or <c>null</c>.</summary>
    public HolidayPeriod? HolidayPeriodOf(DateOnly date) => _periods.Find(date);

    /// <summary>A weekday that is no public holiday or eve, whatever the holiday periods say.</summary>
    private bool IsWorkday(DateOnly date)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        var day = date.ToDateTime(TimeOnly.MinValue);
        // The eves are not public holidays by law, but nobody in Göteborgs Stad works on them.
        return !_holidays.IsPublicHoliday(day)
            && date != DateOnly.FromDateTime(SwedenPublicHoliday.MidsummerEve(date.Year))
            && !(date.Month == 12 && date.Day is 24 or 31);
    }

    /// <summary>
    /// A due date on a weekend or public holiday moves to the working day before; one in a holiday period moves to the
    /// first working day after the period (the day before would ask for the work before everyone's holiday), and so
    /// does one whose working day before lies in a holiday period.
    /// </summary>
    public DateOnly DueDate(DateOnly date)
    {
        if (_periods.Find(date) is { } period)
        {
            return WorkingDayFrom(period.End.AddDays(1));
        }

        var before = date;
        while (!IsWorkday(before))
        {
            before = before.AddDays(-1);
        }

        return _periods.Find(before) is null ? before : WorkingDayFrom(date);
    }

    /// <summary><paramref name="date"/> when it is a working day, else the first working day after it.</summary>
    public DateOnly WorkingDayFrom(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary><paramref name="date"/> at <paramref name="time"/> Stockholm time, as an instant (daylight saving included).</summary>
    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Stockholm.IsInvalidTime(local))
        {
            // The hour skipped when clocks go forward: the same wall-clock time an hour later exists.
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, Stockholm.GetUtcOffset(local));
    }

    /// <summary>08:00 Stockholm time on <paramref name="date"/>.</summary>
    public DateTimeOffset MorningOf(DateOnly date) => At(date, ReminderTime);

    /// <summary>When <paramref name="date"/> is over in Stockholm: midnight at the start of the next day.</summary>
    public DateTimeOffset EndOf(DateOnly date) => At(date.AddDays(1), TimeOnly.MinValue);

    /// <summary>
    /// The reminder instants for a due date: 08:00 on each day <paramref name="daysBefore"/> the due date, moved to the
    /// working day before like due dates, without those already past at <paramref name="now"/> and without repeats.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> Reminders(DateOnly due, IEnumerable<int> daysBefore, DateTimeOffset now) =>
    [
        .. daysBefore
            .Select(days => MorningOf(DueDate(due.AddDays(-days))))
            .Where(at => at > now)
            .Distinct()
            .Order(),
    ];
}
