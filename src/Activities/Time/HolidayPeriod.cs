namespace LabFlow.Activities.Time;

/// <summary>
/// An organisation-wide holiday period an administrator adds to the calendar (weeks 28–31): no due date or reminder
/// falls in it. Both ends are included.
/// </summary>
/// <param name="Name">What the period is, such as "Sommaruppehåll".</param>
public sealed record HolidayPeriod(Guid Id, string Name, DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
