using System.Security.Claims;
using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using LabFlow.Host.Authorization;

namespace LabFlow.Host.Api.Tasks;

/// <summary>
/// The board's commands under <c>/api/v1/collections/{id}</c>: a facilitator groups, merges and rewords ideas and
/// moves the window's end; a participant moves a dot. <see cref="IdeaBoardService"/> and
/// <see cref="CollectionService"/> decide who may.
/// </summary>
internal static class IdeaBoardApi
{
    public static RouteGroupBuilder MapIdeaBoardApi(this RouteGroupBuilder api)
    {
        var collections = api.MapGroup("/collections").WithTags("Ideas and votes");
        collections.MapPut("/{id:guid}/ideas/{ideaId:guid}/theme", SetThemeAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        collections.MapPut("/{id:guid}/ideas/{ideaId:guid}/merge", MergeAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        collections.MapPut("/{id:guid}/ideas/{ideaId:guid}", EditAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        collections.MapPut("/{id:guid}/closes", ExtendAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        collections.MapPost("/{id:guid}/votes/move", MoveVoteAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        return api;
    }

    private static async Task<IResult> SetThemeAsync(Guid id, Guid ideaId, ThemeBody body, ClaimsPrincipal user, IdeaBoardService board, CancellationToken cancellationToken)
    {
        await board.SetThemeAsync(id, ideaId, body.Theme, user.PersonId(), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary><c>intoId</c> <c>null</c> takes a merge back.</summary>
    private static async Task<IResult> MergeAsync(Guid id, Guid ideaId, MergeBody body, ClaimsPrincipal user, IdeaBoardService board, CancellationToken cancellationToken)
    {
        await board.MergeAsync(id, ideaId, body.IntoId, user.PersonId(), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Rewords an idea; the author's text stays in its history.</summary>
    private static async Task<IResult> EditAsync(Guid id, Guid ideaId, SubmitIdeaBody body, ClaimsPrincipal user, IdeaBoardService board, CancellationToken cancellationToken)
    {
        var errors = await board.EditAsync(id, ideaId, body.Answers, user.PersonId(), cancellationToken);
        return errors.Count == 0 ? TypedResults.NoContent() : FieldErrors.FromForm(errors, "The idea cannot be changed until every field is fixed.");
    }

    private static async Task<IResult> ExtendAsync(Guid id, ClosesBody body, ClaimsPrincipal user, IdeaBoardService board, CancellationToken cancellationToken) =>
        TypedResults.Ok(new { closesAt = await board.ExtendAsync(id, body.Closes, user.PersonId(), cancellationToken) });

    /// <summary>Takes one of the caller's dots from <c>fromIdeaId</c>, and puts it on <c>toIdeaId</c> when given.</summary>
    private static async Task<IResult> MoveVoteAsync(Guid id, MoveVoteBody body, ClaimsPrincipal user, CollectionService collections, CancellationToken cancellationToken)
    {
        await collections.MoveVoteAsync(id, user.PersonId(), body.FromIdeaId, body.ToIdeaId, cancellationToken);
        return TypedResults.NoContent();
    }

    // Optional members have defaults: the API respects required constructor parameters, so a body that leaves
    // them out (no theme, no merge target, a dot taken back) would otherwise be refused as malformed.
    private sealed record ThemeBody(string? Theme = null);

    private sealed record MergeBody(Guid? IntoId = null);

    private sealed record ClosesBody(DateOnly Closes);

    private sealed record MoveVoteBody(Guid FromIdeaId, Guid? ToIdeaId = null);

    /// <summary>What a submitted idea answers: never its author, so an anonymous board's API names nobody either.</summary>
    internal sealed record SubmittedIdea(Guid Id, Guid CollectionId, JsonObject Answers, DateTimeOffset At);
}
