namespace LabFlow.Activities.Time;

/// <summary>The holiday periods of the organisation's calendar.</summary>
public interface IHolidayPeriodStore
{
    /// <summary>Every period, earliest first.</summary>
    Task<IReadOnlyList<HolidayPeriod>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds the period, or replaces the one with its id.</summary>
    Task SaveAsync(HolidayPeriod period, CancellationToken cancellationToken);

    /// <summary>Removes the period; one that does not exist changes nothing.</summary>
    Task RemoveAsync(Guid periodId, CancellationToken cancellationToken);
}
