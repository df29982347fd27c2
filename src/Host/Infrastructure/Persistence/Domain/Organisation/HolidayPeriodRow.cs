namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

internal sealed class HolidayPeriodRow
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }
}
