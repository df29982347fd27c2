using System.Security.Claims;
using System.Text.Json.Nodes;
using LabFlow.Activities.Methods;
using LabFlow.Host.Authorization;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Api.Methods;

/// <summary>
/// <c>/api/v1/methods</c>: the method library. Everyone signed in reads it; the service lets designers (and
/// administrators) save a new version and facilitators (and administrators) rate a method 1–5.
/// </summary>
internal static class MethodsApi
{
    public static RouteGroupBuilder MapMethodsApi(this RouteGroupBuilder api)
    {
        var methods = api.MapGroup("/methods").WithTags("Methods").RequireAuthorization(LabFlowPolicies.SignedIn);
        methods.MapGet("/", ListAsync);
        methods.MapGet("/{id}", GetAsync);
        methods.MapPut("/{id}", SaveAsync);
        methods.MapPost("/{id}/rating", RateAsync);
        return api;
    }

    private static async Task<IResult> ListAsync(string? q, string? phase, string? ground, MethodService methods, CancellationToken cancellationToken) =>
        TypedResults.Ok((await methods.ListAsync(new MethodQuery(q, phase, ground), cancellationToken)).Select(item => new MethodSummaryResponse(
            item.Stored.Method.Id,
            item.Stored.Version,
            item.Stored.Method.Name,
            item.Stored.Method.Purpose,
            item.Stored.Method.Phases,
            item.Stored.Method.Minutes,
            item.Stored.Method.GroupSize,
            item.Stored.Method.Grounds,
            ToResponse(item.Ratings))).ToList());

    private static async Task<IResult> GetAsync(string id, ClaimsPrincipal caller, MethodService methods, CancellationToken cancellationToken) =>
        TypedResults.Ok(ToResponse(await methods.GetAsync(id, caller.PersonId(), cancellationToken)));

    private static async Task<IResult> SaveAsync(string id, MethodSaveBody body, ClaimsPrincipal caller, MethodService methods, CancellationToken cancellationToken)
    {
        await methods.SaveDocumentAsync(caller.PersonId(), id, body.Method, body.Version, cancellationToken);
        return TypedResults.Ok(ToResponse(await methods.GetAsync(id, caller.PersonId(), cancellationToken)));
    }

    private static async Task<IResult> RateAsync(string id, MethodRatingBody body, ClaimsPrincipal caller, MethodService methods, CancellationToken cancellationToken)
    {
        var ratings = await methods.RateAsync(caller.PersonId(), id, body.Rating, cancellationToken);
        return TypedResults.Ok(new MethodRatedResponse(ToResponse(ratings), body.Rating));
    }

    private static MethodResponse ToResponse(MethodDetails details) => new(
        details.Stored.Method.Id,
        details.Stored.Version,
        details.Stored.CreatedAt,
        JsonNode.Parse(MethodJson.Serialize(details.Stored.Method))!.AsObject(),
        ToResponse(details.Ratings),
        details.MyRating,
        details.CanEdit,
        details.CanRate);

    private static MethodRatingsResponse ToResponse(MethodRatings ratings) => new(ratings.Count, ratings.Average);
}

/// <summary>A method in the list.</summary>
internal sealed record MethodSummaryResponse(
    string Id,
    int Version,
    LocalizedText Name,
    LocalizedText Purpose,
    IReadOnlyList<string> Phases,
    MethodRange Minutes,
    MethodRange GroupSize,
    IReadOnlyList<string> Grounds,
    MethodRatingsResponse Ratings);

/// <summary>One method: its document (the shape of workflows-json/methods/*.json), its ratings and what the caller may do.</summary>
internal sealed record MethodResponse(
    string Id,
    int Version,
    DateTimeOffset UpdatedAt,
    JsonObject Method,
    MethodRatingsResponse Ratings,
    int? MyRating,
    bool CanEdit,
    bool CanRate);

internal sealed record MethodRatingsResponse(int Count, double? Average);

/// <summary>A new version of a method: <see cref="Version"/> is the version it was edited from (0 for a new method).</summary>
internal sealed record MethodSaveBody(int Version, JsonObject? Method);

internal sealed record MethodRatingBody(int Rating);

internal sealed record MethodRatedResponse(MethodRatingsResponse Ratings, int MyRating);
