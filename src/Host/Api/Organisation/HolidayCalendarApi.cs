using System.Security.Claims;
using LabFlow.Activities.Time;
using LabFlow.Host.Authorization;

namespace LabFlow.Host.Api.Organisation;

/// <summary>
/// <c>/api/v1/holidays</c>: the organisation's holiday periods (weeks 28–31 …) that due dates and reminders skip.
/// Everyone signed in reads them; the service lets only administrators change them, and a change re-dates open tasks.
/// </summary>
internal static class HolidayCalendarApi
{
    public static RouteGroupBuilder MapHolidayCalendarApi(this RouteGroupBuilder api)
    {
        var holidays = api.MapGroup("/holidays").WithTags("Organisation").RequireAuthorization(LabFlowPolicies.SignedIn);
        holidays.MapGet("/", ListAsync);
        holidays.MapPost("/", AddAsync);
        holidays.MapPut("/{id:guid}", UpdateAsync);
        holidays.MapDelete("/{id:guid}", RemoveAsync);
        return api;
    }

    private static async Task<IResult> ListAsync(HolidayCalendarService calendar, CancellationToken cancellationToken) =>
        TypedResults.Ok((await calendar.ListAsync(cancellationToken)).Select(ToResponse).ToList());

    private static async Task<IResult> AddAsync(HolidayPeriodBody body, ClaimsPrincipal caller, HolidayCalendarService calendar, CancellationToken cancellationToken)
    {
        var (period, moved) = await calendar.SaveAsync(caller.PersonId(), null, body.Name, body.Start, body.End, cancellationToken);
        return TypedResults.Created($"/api/v1/holidays/{period.Id}", new HolidayPeriodSaved(ToResponse(period), moved));
    }

    private static async Task<IResult> UpdateAsync(Guid id, HolidayPeriodBody body, ClaimsPrincipal caller, HolidayCalendarService calendar, CancellationToken cancellationToken)
    {
        var (period, moved) = await calendar.SaveAsync(caller.PersonId(), id, body.Name, body.Start, body.End, cancellationToken);
        return TypedResults.Ok(new HolidayPeriodSaved(ToResponse(period), moved));
    }

    private static async Task<IResult> RemoveAsync(Guid id, ClaimsPrincipal caller, HolidayCalendarService calendar, CancellationToken cancellationToken) =>
        TypedResults.Ok(new HolidayPeriodRemoved(await calendar.RemoveAsync(caller.PersonId(), id, cancellationToken)));

    private static HolidayPeriodResponse ToResponse(HolidayPeriod period) => new(period.Id, period.Name, period.Start, period.End);
}

/// <summary>A holiday period; both dates are included.</summary>
internal sealed record HolidayPeriodBody(string Name, DateOnly Start, DateOnly End);

internal sealed record HolidayPeriodResponse(Guid Id, string Name, DateOnly Start, DateOnly End);

/// <summary>The period saved, and how many open tasks got a new due date.</summary>
internal sealed record HolidayPeriodSaved(HolidayPeriodResponse Period, int TasksMoved);

/// <summary>How many open tasks got a new due date when the period was removed.</summary>
internal sealed record HolidayPeriodRemoved(int TasksMoved);
