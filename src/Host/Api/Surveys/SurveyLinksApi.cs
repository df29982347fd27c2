using System.Security.Claims;
using System.Text.Json.Nodes;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Surveys;
using LabFlow.Host.Authorization;

namespace LabFlow.Host.Api.Surveys;

/// <summary>
/// Personal survey links: <c>POST /api/v1/labs/{id}/surveys/{activityId}/links</c> sends them (the lab's facilitator
/// or the training coordinator); <c>GET /api/v1/survey-links/{token}</c> and <c>POST …/{token}/answer</c> are the only
/// endpoints open without a sign-in: the unguessable token is the proof. A damaged or unknown link answers 404, a used
/// one 409, an expired one 410. Rules are <see cref="SurveyLinkService"/>'s.
/// </summary>
internal static class SurveyLinksApi
{
    public static RouteGroupBuilder MapSurveyLinksApi(this RouteGroupBuilder api)
    {
        api.MapPost("/labs/{id:guid}/surveys/{activityId}/links", SendAsync).WithTags("Surveys").RequireAuthorization(LabFlowPolicies.SignedIn);

        var links = api.MapGroup("/survey-links").WithTags("Surveys");
        links.MapGet("/{token}", OpenAsync).AllowAnonymous();
        links.MapPost("/{token}/answer", AnswerAsync).AllowAnonymous();
        return api;
    }

    private static async Task<IResult> SendAsync(Guid id, string activityId, ClaimsPrincipal user, SurveyLinkService surveys, CancellationToken cancellationToken) =>
        TypedResults.Ok(await surveys.SendAsync(user.PersonId(), id, activityId, cancellationToken));

    /// <summary>The survey's title, instructions and form while the link works; nothing of the guest.</summary>
    private static async Task<IResult> OpenAsync(string token, SurveyLinkService surveys, CancellationToken cancellationToken)
    {
        var view = await surveys.OpenAsync(token, cancellationToken);
        return view.State == SurveyLinkState.Open ? TypedResults.Ok(view) : Refusal(view.State);
    }

    /// <summary>201 when the answer was taken; 400 with every field's error; 409 when the link was used (also by a racing answer).</summary>
    private static async Task<IResult> AnswerAsync(string token, SurveyAnswerBody body, SurveyLinkService surveys, CancellationToken cancellationToken)
    {
        var result = await surveys.AnswerAsync(token, body.Answers, cancellationToken);
        if (result.Accepted)
        {
            return TypedResults.Created();
        }

        return result.IsInvalid
            ? FieldErrors.FromForm(result.Errors, SurveyMessages.AnswerInvalid.Message.In(MessageCatalogue.CurrentLanguage))
            : Refusal(result.State);
    }

    private static IResult Refusal(SurveyLinkState state) => state switch
    {
        SurveyLinkState.Used => ApiProblems.Problem(SurveyMessages.LinkUsed.Message, StatusCodes.Status409Conflict),
        SurveyLinkState.Expired => ApiProblems.Problem(SurveyMessages.LinkExpired.Message, StatusCodes.Status410Gone),
        _ => ApiProblems.Problem(SurveyMessages.LinkInvalid.Message, StatusCodes.Status404NotFound),
    };
}

/// <summary>The answers to the survey's form, keyed by field.</summary>
internal sealed record SurveyAnswerBody(JsonObject? Answers);
