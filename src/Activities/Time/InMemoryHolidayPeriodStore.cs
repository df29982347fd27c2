using System.Collections.Concurrent;

namespace LabFlow.Activities.Time;

/// <summary>The holiday periods in memory: the default until infrastructure registers a database store.</summary>
public sealed class InMemoryHolidayPeriodStore : IHolidayPeriodStore
{
    private readonly ConcurrentDictionary<Guid, HolidayPeriod> _periods = new();

    public Task<IReadOnlyList<HolidayPeriod>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<HolidayPeriod>>([.. _periods.Values.OrderBy(p => p.Start).ThenBy(p => p.Id)]);

    public Task SaveAsync(HolidayPeriod period, CancellationToken cancellationToken)
    {
        _periods[period.Id] = period;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(Guid periodId, CancellationToken cancellationToken)
    {
        _periods.TryRemove(periodId, out _);
        return Task.CompletedTask;
    }
}
