using System.Globalization;
using System.Security.Claims;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Api.Authorization;

namespace LabFlow.Host.Api.Tasks;

/// <summary>
/// <c>/api/v1/tasks</c>: my tasks (assigned to me, claimable by me, or where I am kept informed), completing them
/// with the form's answers, claiming, handing over and commenting; <c>/api/v1/collections</c>: idea submissions and
/// votes. The lab domain checks who may do what.
/// </summary>
internal static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Tasks").RequireAuthorization(LabFlowPolicies.SignedIn);
        tasks.MapGet("/", ListMineAsync);
        tasks.MapGet("/{id:guid}", GetAsync);
        tasks.MapPost("/{id:guid}/claim", ClaimAsync);
        tasks.MapPost("/{id:guid}/complete", CompleteAsync);
        tasks.MapPost("/{id:guid}/delegate", DelegateAsync);
        tasks.MapPost("/{id:guid}/reassign", ReassignAsync);
        tasks.MapPost("/{id:guid}/comments", CommentAsync);
        tasks.MapPut("/{id:guid}/due", MoveDueDateAsync);
        tasks.MapPost("/{id:guid}/skip", SkipAsync);
        tasks.MapPost("/reassign-all", ReassignAllAsync);

        var collections = api.MapGroup("/collections").WithTags("Ideas and votes").RequireAuthorization(LabFlowPolicies.SignedIn);
        collections.MapPost("/{id:guid}/submissions", SubmitAsync);
        collections.MapPost("/{id:guid}/votes", VoteAsync);
        collections.MapPost("/{id:guid}/close", CloseAsync);
        return api;
    }

    private static async Task<IResult> ListMineAsync(
        ClaimsPrincipal user,
        TaskService tasks,
        TimeProvider timeProvider,
        Guid? labId,
        bool? includeClosed,
        bool? overdue,
        bool? claimable,
        CancellationToken cancellationToken)
    {
        var me = user.PersonId();
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var mine = (await tasks.ListForPersonAsync(me, includeClosed ?? false, cancellationToken))
            .Where(t => labId is null || t.LabId == labId)
            .Where(t => overdue is null || (t.IsOpen && t.Due < today) == overdue)
            .Where(t => claimable is null || (t.AssigneeId is null && t.Candidates.Contains(me)) == claimable)
            .OrderBy(t => t.Due ?? DateOnly.MaxValue)
            .ToList();
        return TypedResults.Ok(mine);
    }

    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, TaskService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tasks.GetAsync(id, user.PersonId(), cancellationToken));

    private static async Task<IResult> ClaimAsync(Guid id, ClaimsPrincipal user, TaskService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tasks.ClaimAsync(id, user.PersonId(), cancellationToken));

    /// <summary>Invalid answers answer 400 with every field's error, keyed by the field's path; nothing is lost (a draft is kept).</summary>
    private static async Task<IResult> CompleteAsync(Guid id, CompleteTaskBody body, ClaimsPrincipal user, TaskService tasks, CancellationToken cancellationToken)
    {
        var result = await tasks.CompleteAsync(id, user.PersonId(), body.Action, body.Answers, cancellationToken);
        return result.Status switch
        {
            TaskCompletionStatus.Completed => TypedResults.Ok(result.Task),
            TaskCompletionStatus.AlreadyClosed => ApiProblems.Conflict(result.Message),
            _ => ApiProblems.Validation(
                result.Errors
                    .GroupBy(e => e.Path, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(e => e.Message.Get(CultureInfo.CurrentUICulture)).ToArray(), StringComparer.Ordinal),
                result.Message),
        };
    }

    private static async Task<IResult> DelegateAsync(Guid id, HandOverTaskBody body, ClaimsPrincipal user, TaskService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tasks.DelegateAsync(id, user.PersonId(), body.ToPersonId, body.Note, cancellationToken));

    private static async Task<IResult> ReassignAsync(Guid id, HandOverTaskBody body, ClaimsPrincipal user, TaskService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tasks.ReassignAsync(id, user.PersonId(), body.ToPersonId, body.Note, cancellationToken));

    private static async Task<IResult> CommentAsync(Guid id, CommentBody body, ClaimsPrincipal user, TaskService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tasks.CommentAsync(id, user.PersonId(), body.Text, cancellationToken));

    private static async Task<IResult> MoveDueDateAsync(Guid id, MoveDueDateBody body, ClaimsPrincipal user, TaskService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tasks.MoveDueDateAsync(id, user.PersonId(), body.Due, cancellationToken));

    private static async Task<IResult> SkipAsync(Guid id, SkipTaskBody body, ClaimsPrincipal user, TaskService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tasks.SkipAsync(id, user.PersonId(), body.Reason, body.Outcome, cancellationToken));

    private static async Task<IResult> ReassignAllAsync(ReassignAllBody body, ClaimsPrincipal user, TaskService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tasks.ReassignAllOpenTasksOfAsync(body.FromPersonId, body.ToPersonId, user.PersonId(), body.Note, cancellationToken));

    private static async Task<IResult> SubmitAsync(Guid id, SubmitIdeaBody body, ClaimsPrincipal user, CollectionService collections, CancellationToken cancellationToken)
    {
        var result = await collections.SubmitAsync(id, user.PersonId(), body.Answers, cancellationToken);
        return result.Submission is { } submission
            ? TypedResults.Created($"/api/v1/collections/{id}/submissions/{submission.Id}", submission)
            : ApiProblems.Validation(result.Errors
                .GroupBy(e => e.Path, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message.Get(CultureInfo.CurrentUICulture)).ToArray(), StringComparer.Ordinal));
    }

    private static async Task<IResult> VoteAsync(Guid id, VoteBody body, ClaimsPrincipal user, CollectionService collections, CancellationToken cancellationToken)
    {
        await collections.VoteAsync(id, user.PersonId(), body.IdeaIds, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> CloseAsync(Guid id, ClaimsPrincipal user, CollectionService collections, CancellationToken cancellationToken) =>
        TypedResults.Ok(await collections.CloseAsync(id, user.PersonId(), cancellationToken));
}
