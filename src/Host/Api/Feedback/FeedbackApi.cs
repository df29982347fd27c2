using System.Security.Claims;
using LabFlow.Activities.Feedback;
using LabFlow.Host.Authorization;

namespace LabFlow.Host.Api.Feedback;

/// <summary>
/// Feedback on steps and the improvement inbox: <c>/api/v1/tasks/{id}/feedback</c> for the people on a task's lab
/// (one rating per person, given again to change it), <c>/api/v1/flows/{flowId}/suggestions</c> to suggest an
/// improvement from a task and, for the project team, to read and answer the flow's suggestions, and
/// <c>/api/v1/flows/{id}/statistics</c> with each step's numbers. The rights are <see cref="FeedbackService"/>'s.
/// </summary>
internal static class FeedbackApi
{
    public static RouteGroupBuilder MapFeedbackApi(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Feedback");
        tasks.MapPost("/{id:guid}/feedback", GiveAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        tasks.MapGet("/{id:guid}/feedback", ListForTaskAsync).RequireAuthorization(LabFlowPolicies.SignedIn);

        var flows = api.MapGroup("/flows").WithTags("Feedback");
        flows.MapPost("/{flowId}/suggestions", SuggestAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        flows.MapGet("/{flowId}/suggestions", ListSuggestionsAsync).RequireAuthorization(LabFlowPolicies.DesignFlows);
        flows.MapPut("/{flowId}/suggestions/{suggestionId:guid}", AnswerAsync).RequireAuthorization(LabFlowPolicies.DesignFlows);
        flows.MapGet("/{flowId}/statistics", GetStatisticsAsync).RequireAuthorization(LabFlowPolicies.DesignFlows);
        return api;
    }

    /// <summary>Someone not on the task's lab answers 403 (<c>feedback.not_in_lab</c>); a rating outside 1–5 or a too long text 400 per field.</summary>
    private static async Task<IResult> GiveAsync(Guid id, StepFeedbackBody body, ClaimsPrincipal user, FeedbackService feedback, CancellationToken cancellationToken) =>
        TypedResults.Ok(await feedback.GiveAsync(id, user.PersonId(), new StepFeedbackInput(body.Rating, body.Worked, body.DidNotWork), cancellationToken));

    private static async Task<IResult> ListForTaskAsync(Guid id, ClaimsPrincipal user, FeedbackService feedback, CancellationToken cancellationToken) =>
        TypedResults.Ok(await feedback.ListForTaskAsync(id, user.PersonId(), cancellationToken));

    /// <summary>201 with the suggestion; a task of another flow answers 400 on <c>taskId</c>.</summary>
    private static async Task<IResult> SuggestAsync(string flowId, SuggestionBody body, ClaimsPrincipal user, FeedbackService feedback, CancellationToken cancellationToken)
    {
        var suggestion = await feedback.SuggestAsync(body.TaskId, user.PersonId(), body.Text, cancellationToken, flowId);
        return TypedResults.Created($"/api/v1/flows/{Uri.EscapeDataString(flowId)}/suggestions/{suggestion.Id}", suggestion);
    }

    /// <summary>The inbox, newest first; <c>status</c> (<c>New</c>, <c>Planned</c>, <c>Done</c>, <c>Declined</c>) keeps only those.</summary>
    private static async Task<IResult> ListSuggestionsAsync(string flowId, SuggestionStatus? status, ClaimsPrincipal user, FeedbackService feedback, CancellationToken cancellationToken) =>
        TypedResults.Ok(await feedback.ListSuggestionsAsync(flowId, user.PersonId(), status, cancellationToken));

    /// <summary>Another designer's answer at the same moment answers 409; a reply is emailed to the suggester.</summary>
    private static async Task<IResult> AnswerAsync(string flowId, Guid suggestionId, SuggestionAnswerBody body, ClaimsPrincipal user, FeedbackService feedback, CancellationToken cancellationToken) =>
        TypedResults.Ok(await feedback.AnswerAsync(flowId, suggestionId, user.PersonId(), body.Status, body.Reply, cancellationToken));

    /// <summary>Each step's numbers over the flow's labs (cancelled ones left out); <c>version</c> keeps the labs of one version.</summary>
    private static async Task<IResult> GetStatisticsAsync(string flowId, int? version, ClaimsPrincipal user, StepStatisticsQuery statistics, CancellationToken cancellationToken) =>
        TypedResults.Ok(await statistics.GetAsync(flowId, user.PersonId(), version, cancellationToken));
}
