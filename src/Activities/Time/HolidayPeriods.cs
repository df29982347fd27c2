namespace LabFlow.Activities.Time;

/// <summary>
/// The organisation's holiday periods as the (synchronous) <see cref="LabCalendar"/> reads them: a snapshot loaded
/// from <see cref="IHolidayPeriodStore"/> at start-up and replaced whenever <see cref="HolidayCalendarService"/>
/// changes the calendar; the other nodes replace theirs when <see cref="IHolidayCalendarNotifier"/> tells them.
/// </summary>
public sealed class HolidayPeriods
{
    private volatile IReadOnlyList<HolidayPeriod> _periods = [];

    public IReadOnlyList<HolidayPeriod> Current => _periods;

    /// <summary>Raised after every <see cref="Replace"/>, with the new periods.</summary>
    public event Action<IReadOnlyList<HolidayPeriod>>? Replaced;

    public void Replace(IReadOnlyList<HolidayPeriod> periods)
    {
        IReadOnlyList<HolidayPeriod> ordered = [.. periods.OrderBy(p => p.Start)];
        _periods = ordered;
        Replaced?.Invoke(ordered);
    }

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
