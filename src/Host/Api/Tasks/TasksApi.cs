using System.Security.Claims;
using LabFlow.Activities.Listing;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Authorization;

namespace LabFlow.Host.Api.Tasks;

/// <summary>
/// <c>/api/v1/tasks</c>: my tasks (assigned to me, claimable by me, or where I am kept informed), completing them
/// with the form's answers, claiming, delegating and commenting for anyone signed in (the lab domain checks that the
/// task is theirs or in their administration); reassigning, moving due dates and skipping for facilitators.
/// GET answers the task's version as its ETag; reassigning and moving the due date need it back (If-Match or a
/// <c>version</c> field; 428 without), and a command that lost a race or carried a stale version answers 409.
/// </summary>
internal static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Tasks");
        tasks.MapGet("/", ListMineAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        tasks.MapGet("/{id:guid}", GetAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        tasks.MapPost("/{id:guid}/claim", ClaimAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        tasks.MapPost("/{id:guid}/complete", CompleteAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        tasks.MapPost("/{id:guid}/delegate", DelegateAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        tasks.MapPost("/{id:guid}/comments", CommentAsync).RequireAuthorization(LabFlowPolicies.SignedIn);

        tasks.MapPost("/{id:guid}/reassign", ReassignAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        tasks.MapPut("/{id:guid}/due", MoveDueDateAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        tasks.MapPost("/{id:guid}/skip", SkipAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        tasks.MapPost("/reassign-all", ReassignAllAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        tasks.MapPost("/{id:guid}/close-step", CloseStepAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        return api;
    }

    /// <summary>
    /// My tasks as summaries (no form, instructions, answers or history: <c>GET /api/v1/tasks/{id}</c> has those), by
    /// due date, a page at a time: <c>limit</c> (1–200, default 50) and the previous page's <c>next</c> as <c>cursor</c>.
    /// </summary>
    /// <param name="claimable">Only tasks of a candidate group I can claim (<c>true</c>), or none of those (<c>false</c>).</param>
    /// <param name="assigned">Only tasks assigned to me (<c>true</c>), or none of those (<c>false</c>).</param>
    private static async Task<IResult> ListMineAsync(
        ClaimsPrincipal user,
        MyTasksService tasks,
        Guid? labId,
        string? phase,
        bool? includeClosed,
        bool? overdue,
        bool? claimable,
        bool? assigned,
        int? limit,
        string? cursor,
        CancellationToken cancellationToken)
    {
        var page = await tasks.ListAsync(
            user.PersonId(),
            new TaskListFilter(labId, phase, includeClosed ?? false, overdue, claimable, assigned),
            cursor,
            limit,
            cancellationToken);
        return TypedResults.Ok(new ListPage<TaskSummary>([.. page.Items.Select(TaskSummary.Of)], page.Next));
    }

    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, TaskService tasks, HttpResponse response, CancellationToken cancellationToken) =>
        Versioned(response, await tasks.GetAsync(id, user.PersonId(), cancellationToken));

    /// <summary>A candidate that lost the claim to another (or claims twice) answers 409; someone outside the group 403.</summary>
    private static async Task<IResult> ClaimAsync(Guid id, ClaimsPrincipal user, TaskService tasks, HttpResponse response, CancellationToken cancellationToken) =>
        Versioned(response, await tasks.ClaimAsync(id, user.PersonId(), cancellationToken));

    /// <summary>
    /// Invalid answers answer 400 with every field's error keyed by the form field's path (<c>risks[1].measure</c>),
    /// in Swedish unless the caller asks for English; the answers are kept on the task as a draft. A task someone
    /// else completed first answers 409.
    /// </summary>
    private static async Task<IResult> CompleteAsync(Guid id, CompleteTaskBody body, ClaimsPrincipal user, TaskService tasks, CancellationToken cancellationToken)
    {
        var result = await tasks.CompleteAsync(id, user.PersonId(), body.Action, body.Answers, cancellationToken);
        return result.Status switch
        {
            TaskCompletionStatus.Completed => TypedResults.Ok(result.Task),
            TaskCompletionStatus.AlreadyClosed => result.Text is { } closed ? ApiProblems.Conflict(closed) : ApiProblems.Conflict(result.Message),
            _ => FieldErrors.FromForm(result.Errors, result.Text?.In(MessageCatalogue.CurrentLanguage) ?? result.Message),
        };
    }

    /// <summary>The version is optional here (the assignee hands over what is theirs); when sent, a stale one answers 409.</summary>
    private static async Task<IResult> DelegateAsync(Guid id, HandOverTaskBody body, ClaimsPrincipal user, TaskService tasks, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        long? version = null;
        if (body.Version is not null || request.Headers.IfMatch.Count > 0)
        {
            if (!ResourceVersions.TryRead(request, body.Version, ReadFrom(id), out var read, out var problem))
            {
                return problem!;
            }

            version = read;
        }

        return Versioned(response, await tasks.DelegateAsync(id, user.PersonId(), body.ToPersonId, body.Note, cancellationToken, version));
    }

    private static async Task<IResult> ReassignAsync(Guid id, HandOverTaskBody body, ClaimsPrincipal user, TaskService tasks, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!ResourceVersions.TryRead(request, body.Version, ReadFrom(id), out var version, out var problem))
        {
            return problem!;
        }

        return Versioned(response, await tasks.ReassignAsync(id, user.PersonId(), body.ToPersonId, body.Note, cancellationToken, version));
    }

    private static async Task<IResult> CommentAsync(Guid id, CommentBody body, ClaimsPrincipal user, TaskService tasks, CancellationToken cancellationToken)
    {
        return TypedResults.Ok(await tasks.CommentAsync(id, user.PersonId(), body.Text, cancellationToken));
    }

    private static async Task<IResult> MoveDueDateAsync(Guid id, MoveDueDateBody body, ClaimsPrincipal user, TaskService tasks, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        ResourceVersions.TryRead(request, body.Version, ReadFrom(id), out var version, out var problem)
            ? Versioned(response, await tasks.MoveDueDateAsync(id, user.PersonId(), body.Due, cancellationToken, version))
            : problem!;

    private static async Task<IResult> SkipAsync(Guid id, SkipTaskBody body, ClaimsPrincipal user, TaskService tasks, CancellationToken cancellationToken)
    {
        // A step completed (or skipped) first answers 409 and nothing of this skip is applied.
        return TypedResults.Ok(await tasks.SkipAsync(id, user.PersonId(), body.Reason, body.Outcome, cancellationToken));
    }

    /// <summary>Closes the "each participant" step of task <paramref name="id"/>: it goes on, the open tasks close as not needed.</summary>
    private static async Task<IResult> CloseStepAsync(Guid id, CloseStepBody? body, ClaimsPrincipal user, EachStepClosing closing, CancellationToken cancellationToken)
    {
        await closing.CloseAsync(id, user.PersonId(), body?.Reason, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> ReassignAllAsync(ReassignAllBody body, ClaimsPrincipal user, TaskService tasks, CancellationToken cancellationToken)
    {
        return TypedResults.Ok(await tasks.ReassignAllOpenTasksOfAsync(body.FromPersonId, body.ToPersonId, user.PersonId(), body.Note, cancellationToken));
    }

    private static string ReadFrom(Guid id) => $"GET /api/v1/tasks/{id}";

    /// <summary>200 with the task and its version as ETag, so the next change can carry it.</summary>
    private static IResult Versioned(HttpResponse response, LabTask task)
    {
        response.SetETag(task.Version);
        return TypedResults.Ok(task);
    }
}
