using System.Security.Claims;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Authorization;

namespace LabFlow.Host.Api.Organisation;

/// <summary>
/// <c>/api/v1/people/me/stand-in</c> (the caller's own) and <c>/api/v1/people/{id}/stand-in</c>: the stand-in while a
/// person is away. Everyone signed in reaches them; <see cref="StandInService"/> decides who may name whose stand-in
/// (the person, or an administrator) and checks the period.
/// </summary>
internal static class StandInApi
{
    public static RouteGroupBuilder MapStandInApi(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("Organisation").RequireAuthorization(LabFlowPolicies.SignedIn);
        people.MapGet("/me/stand-in", (ClaimsPrincipal caller, StandInService service, CancellationToken cancellationToken) =>
            GetAsync(caller.PersonId(), caller, service, cancellationToken));
        people.MapPut("/me/stand-in", (StandInBody body, ClaimsPrincipal caller, StandInService service, CancellationToken cancellationToken) =>
            SetAsync(caller.PersonId(), body, caller, service, cancellationToken));
        people.MapDelete("/me/stand-in", (ClaimsPrincipal caller, StandInService service, CancellationToken cancellationToken) =>
            RemoveAsync(caller.PersonId(), caller, service, cancellationToken));
        people.MapGet("/{id:guid}/stand-in", GetAsync);
        people.MapPut("/{id:guid}/stand-in", SetAsync);
        people.MapDelete("/{id:guid}/stand-in", RemoveAsync);
        return api;
    }

    /// <summary>The person's stand-in, or 200 with <c>standIn: null</c> when they named none.</summary>
    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal caller, StandInService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(new StandInResponse(id, await service.GetAsync(caller.PersonId(), id, cancellationToken) is { } details ? ToPeriod(details) : null));

    private static async Task<IResult> SetAsync(Guid id, StandInBody body, ClaimsPrincipal caller, StandInService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(new StandInResponse(id, ToPeriod(await service.SetAsync(caller.PersonId(), id, body.StandInId, body.From, body.To, cancellationToken))));

    /// <summary>204 whether or not there was a stand-in: removing twice leaves the same state.</summary>
    private static async Task<IResult> RemoveAsync(Guid id, ClaimsPrincipal caller, StandInService service, CancellationToken cancellationToken)
    {
        await service.RemoveAsync(caller.PersonId(), id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static StandInPeriod ToPeriod(StandInDetails details) =>
        new(details.StandIn.Id, details.StandIn.Name, details.Period.From, details.Period.To);
}

/// <summary>Who stands in, and the first and last day away (both included, Stockholm dates).</summary>
internal sealed record StandInBody(Guid? StandInId, DateOnly? From, DateOnly? To);

/// <summary>A person's stand-in; <see cref="StandIn"/> is <c>null</c> when they named none.</summary>
internal sealed record StandInResponse(Guid PersonId, StandInPeriod? StandIn);

internal sealed record StandInPeriod(Guid StandInId, string StandInName, DateOnly From, DateOnly To);
