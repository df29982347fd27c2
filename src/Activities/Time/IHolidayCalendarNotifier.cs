namespace LabFlow.Activities.Time;

/// <summary>
/// Tells the other nodes that the holiday calendar changed, so each reloads its <see cref="HolidayPeriods"/> without a
/// restart (the Host does it over PostgreSQL; one node on SQLite has no one to tell).
/// </summary>
public interface IHolidayCalendarNotifier
{
    void Changed();
}
