using System.Security.Claims;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Authorization;

namespace LabFlow.Host.Api.Organisation;

/// <summary>
/// Changing <c>/api/v1/administrations</c> (listing is in <see cref="OrganisationApi"/>): administrators add, rename,
/// retire and reinstate administrations through <see cref="AdministrationService"/>, which checks the role.
/// </summary>
internal static class AdministrationsApi
{
    public static RouteGroupBuilder MapAdministrationsApi(this RouteGroupBuilder api)
    {
        var administrations = api.MapGroup("/administrations").WithTags("Organisation").RequireAuthorization(LabFlowPolicies.Administer);
        administrations.MapPost("/", AddAsync);
        administrations.MapPut("/{id}", RenameAsync);
        administrations.MapPost("/{id}/retire", RetireAsync);
        administrations.MapPost("/{id}/reinstate", ReinstateAsync);
        return api;
    }

    private static async Task<IResult> AddAsync(AddAdministrationBody body, ClaimsPrincipal caller, AdministrationService administrations, CancellationToken cancellationToken)
    {
        var added = await administrations.AddAsync(caller.PersonId(), body.Name, body.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/administrations/{added.Id}", added);
    }

    private static async Task<IResult> RenameAsync(string id, RenameAdministrationBody body, ClaimsPrincipal caller, AdministrationService administrations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await administrations.RenameAsync(caller.PersonId(), id, body.Name, cancellationToken));

    private static async Task<IResult> RetireAsync(string id, ClaimsPrincipal caller, AdministrationService administrations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await administrations.RetireAsync(caller.PersonId(), id, cancellationToken));

    private static async Task<IResult> ReinstateAsync(string id, ClaimsPrincipal caller, AdministrationService administrations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await administrations.ReinstateAsync(caller.PersonId(), id, cancellationToken));
}

/// <summary>A new administration; its id is made from the name when not given (a slug such as <c>kulturforvaltningen</c>).</summary>
internal sealed record AddAdministrationBody(string Name, string? Id = null);

internal sealed record RenameAdministrationBody(string Name);
