using System.Security.Claims;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Messages;
using LabFlow.Host.Authorization;
using LabFlow.Workflows.Execution;

namespace LabFlow.Host.Api.Tasks;

/// <summary>
/// <c>/api/v1/collections</c>: participants submit ideas and vote while a collection is open (the lab domain checks
/// that they are its participants); facilitators close it early.
/// </summary>
internal static class CollectionsApi
{
    public static RouteGroupBuilder MapCollectionsApi(this RouteGroupBuilder api)
    {
        var collections = api.MapGroup("/collections").WithTags("Ideas and votes");
        collections.MapGet("/{id:guid}", GetAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        collections.MapPost("/{id:guid}/submissions", SubmitAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        collections.MapPost("/{id:guid}/votes", VoteAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        collections.MapPost("/{id:guid}/close", CloseAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        return api;
    }

    /// <summary>The window, the ideas (without authors) and, for a vote, the caller's dots left.</summary>
    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, CollectionService collections, CancellationToken cancellationToken) =>
        TypedResults.Ok(await collections.GetAsync(id, user.PersonId(), cancellationToken));

    /// <summary>Answers that do not fit the collection's form answer 400 with every field's error in the caller's language.</summary>
    private static async Task<IResult> SubmitAsync(Guid id, SubmitIdeaBody body, ClaimsPrincipal user, CollectionService collections, CancellationToken cancellationToken)
    {
        var result = await collections.SubmitAsync(id, user.PersonId(), body.Answers, cancellationToken);
        return result.Submission is { } submission
            ? TypedResults.Created(
                $"/api/v1/collections/{id}/submissions/{submission.Id}",
                new IdeaBoardApi.SubmittedIdea(submission.Id, submission.CollectionId, submission.Answers, submission.At))
            : FieldErrors.FromForm(result.Errors, ApiRefusalMessages.IdeaInvalid.Message.In(MessageCatalogue.CurrentLanguage));
    }

    private static async Task<IResult> VoteAsync(Guid id, VoteBody body, ClaimsPrincipal user, CollectionService collections, CancellationToken cancellationToken)
    {
        await collections.VoteAsync(id, user.PersonId(), body.IdeaIds, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> CloseAsync(Guid id, ClaimsPrincipal user, CollectionService collections, CancellationToken cancellationToken)
    {
        var result = await collections.CloseAsync(id, user.PersonId(), cancellationToken);
        return result.Outcome switch
        {
            ResumeOutcome.Resumed => TypedResults.Ok(result),
            ResumeOutcome.AlreadyConsumed => ApiProblems.Conflict(ApiRefusalMessages.CollectionAlreadyClosed.With(("collectionId", id))),
            _ => ApiProblems.NotFound(result.Message),
        };
    }
}
