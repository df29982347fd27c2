namespace LabFlow.Activities.Time;

/// <summary>
/// The organisation's holiday periods as the (synchronous) <see cref="LabCalendar"/> reads them: a snapshot loaded
/// from <see cref="IHolidayPeriodStore"/> at start-up and replaced whenever <see cref="HolidayCalendarService"/>
/// changes the calendar (a node that did not make the change reads it at its next start).
/// </summary>
public sealed class HolidayPeriods
{
    private volatile IReadOnlyList<HolidayPeriod> _periods = [];

    public IReadOnlyList<HolidayPeriod> Current => _periods;

    public void Replace(IReadOnlyList<HolidayPeriod> periods) => _periods = [.. periods.OrderBy(p => p.Start)];

    /// <summary>The period <paramref name="date"/> lies in, or <c>null</c>.</summary>
    public HolidayPeriod? Find(DateOnly date)
    {
        foreach (var period in _periods)
        {
            if (period.Contains(date))
            {
                return period;
            }
        }

        return null;
    }
}
