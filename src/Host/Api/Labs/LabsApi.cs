using System.Security.Claims;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Api.Authorization;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Api.Labs;

/// <summary>
/// <c>/api/v1/labs</c>: facilitators launch labs from published flows and manage them; everyone in a lab or its
/// administration follows it. The lab domain checks who may do what; this file maps HTTP onto it.
/// </summary>
internal static class LabsApi
{
    public static RouteGroupBuilder MapLabsApi(this RouteGroupBuilder api)
    {
        var labs = api.MapGroup("/labs").WithTags("Labs").RequireAuthorization(LabFlowPolicies.SignedIn);

        labs.MapPost("/", LaunchAsync);
        labs.MapGet("/", ListAsync);
        labs.MapGet("/{id:guid}", GetAsync);
        labs.MapPost("/{id:guid}/cancel", CancelAsync);
        labs.MapPost("/{id:guid}/incidents/{incidentId:guid}/retry", RetryAsync);
        labs.MapPost("/{id:guid}/pause", PauseAsync);
        labs.MapPost("/{id:guid}/resume", ResumeAsync);
        labs.MapPut("/{id:guid}/start-date", MoveStartDateAsync);
        labs.MapPost("/{id:guid}/people", AddPersonAsync);
        labs.MapPost("/{id:guid}/tasks", AddAdHocTaskAsync);
        labs.MapPost("/{id:guid}/signals/{signal}", SignalAsync);
        return api;
    }

    private static async Task<IResult> LaunchAsync(LaunchLabBody body, ClaimsPrincipal user, LabService labs, CancellationToken cancellationToken)
    {
        var lab = await labs.LaunchAsync(
            new LaunchLabRequest(body.DefinitionId, body.Title, body.AdministrationId, body.Challenge, body.StartDate, body.People, body.TargetAreas, body.Inputs, body.Version),
            user.PersonId(),
            cancellationToken);
        return TypedResults.Created($"/api/v1/labs/{lab.Id}", lab);
    }

    private static async Task<IResult> ListAsync(
        ClaimsPrincipal user,
        LabService labs,
        IWorkflowInstanceStore instances,
        ITaskStore tasks,
        TimeProvider timeProvider,
        string? administration,
        string? phase,
        WorkflowStatus? status,
        Guid? facilitator,
        bool? overdue,
        CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var summaries = new List<LabSummary>();
        foreach (var lab in await labs.ListAsync(user.PersonId(), administration, cancellationToken))
        {
            if (facilitator is { } facilitatorId && !lab.People.Any(p => p.PersonId == facilitatorId && p.Role == Activities.Organisation.Role.Facilitator))
            {
                continue;
            }

            var instance = await instances.FindAsync(lab.Id, cancellationToken);
            var overdueCount = (await tasks.ListByLabAsync(lab.Id, cancellationToken)).Count(t => t.IsOpen && t.Due < today);
            var summary = new LabSummary(
                lab.Id,
                lab.Title,
                lab.AdministrationId,
                lab.DefinitionId,
                instance?.DefinitionVersion ?? 0,
                instance?.Status ?? WorkflowStatus.Faulted,
                instance?.ActivePhases ?? [],
                lab.StartDate,
                lab.Paused,
                overdueCount);
            if ((status is null || summary.Status == status)
                && (phase is null || summary.ActivePhases.Contains(phase, StringComparer.Ordinal))
                && (overdue is null || (summary.OverdueTasks > 0) == overdue))
            {
                summaries.Add(summary);
            }
        }

        return TypedResults.Ok(summaries);
    }

    private static async Task<IResult> GetAsync(
        Guid id,
        ClaimsPrincipal user,
        LabService labs,
        TaskService taskService,
        IWorkflowInstanceStore instances,
        IWorkflowJournalStore journal,
        CancellationToken cancellationToken)
    {
        var viewer = user.PersonId();
        var lab = await labs.GetAsync(id, viewer, cancellationToken);
        var instance = await instances.FindAsync(id, cancellationToken);
        return TypedResults.Ok(new LabDetails(
            lab,
            instance?.Status ?? WorkflowStatus.Faulted,
            instance?.DefinitionVersion ?? 0,
            await labs.GetProgressAsync(id, viewer, cancellationToken),
            await taskService.ListForLabAsync(id, viewer, cancellationToken),
            instance?.State.Incidents ?? [],
            await journal.ListAsync(id, cancellationToken)));
    }

    private static async Task<IResult> CancelAsync(Guid id, CancelLabBody? body, ClaimsPrincipal user, LabService labs, LabAccess access, IWorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        await RequireManagerAsync(id, user, labs, access, cancellationToken);
        var result = await runtime.CancelAsync(id, user.PersonId().ToString(), body?.Reason, cancellationToken);
        return TypedResults.Ok(result);
    }

    private static async Task<IResult> RetryAsync(Guid id, Guid incidentId, ClaimsPrincipal user, LabService labs, LabAccess access, IWorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        await RequireManagerAsync(id, user, labs, access, cancellationToken);
        var result = await runtime.RetryAsync(id, incidentId, user.PersonId().ToString(), cancellationToken);
        return TypedResults.Ok(result);
    }

    private static async Task<IResult> PauseAsync(Guid id, ClaimsPrincipal user, LabService labs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await labs.PauseAsync(id, user.PersonId(), cancellationToken));

    private static async Task<IResult> ResumeAsync(Guid id, ClaimsPrincipal user, LabService labs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await labs.ResumeAsync(id, user.PersonId(), cancellationToken));

    private static async Task<IResult> MoveStartDateAsync(Guid id, MoveStartDateBody body, ClaimsPrincipal user, LabService labs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await labs.MoveStartDateAsync(id, body.StartDate, user.PersonId(), cancellationToken));

    private static async Task<IResult> AddPersonAsync(Guid id, AddLabPersonBody body, ClaimsPrincipal user, LabService labs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await labs.AddPersonAsync(id, body.Person, user.PersonId(), cancellationToken));

    private static async Task<IResult> AddAdHocTaskAsync(Guid id, AdHocTaskBody body, ClaimsPrincipal user, TaskService tasks, CancellationToken cancellationToken)
    {
        var task = await tasks.AddAdHocTaskAsync(
            new AdHocTaskRequest(
                id,
                LocalizedText.Of(body.Title),
                body.AssigneeId,
                body.Due,
                body.Instructions is null ? null : LocalizedText.Of(body.Instructions),
                body.Form,
                body.Phase),
            user.PersonId(),
            cancellationToken);
        return TypedResults.Created($"/api/v1/tasks/{task.Id}", task);
    }

    private static async Task<IResult> SignalAsync(
        Guid id,
        string signal,
        SignalBody? body,
        ClaimsPrincipal user,
        LabService labs,
        LabAccess access,
        IBookmarkStore bookmarks,
        IWorkflowRuntime runtime,
        CancellationToken cancellationToken)
    {
        await RequireManagerAsync(id, user, labs, access, cancellationToken);
        var key = SignalBookmarks.Key(signal, body?.Correlation);
        var waiting = (await bookmarks.ListByInstanceAsync(id, cancellationToken))
            .Where(b => b.Kind == BookmarkKinds.Signal && string.Equals(b.Key, key, StringComparison.Ordinal))
            .ToList();
        if (waiting.Count == 0)
        {
            return ApiProblems.NotFound($"No step of lab {id} is waiting for signal '{signal}'{(body?.Correlation is null ? "" : $" with correlation '{body.Correlation}'")}.");
        }

        var payload = new ResumePayload(body?.Data, user.PersonId().ToString());
        var results = new List<ResumeResult>(waiting.Count);
        foreach (var bookmark in waiting)
        {
            results.Add(await runtime.ResumeAsync(bookmark.Id, payload, cancellationToken));
        }

        return TypedResults.Ok(results);
    }

    private static async Task RequireManagerAsync(Guid id, ClaimsPrincipal user, LabService labs, LabAccess access, CancellationToken cancellationToken)
    {
        var lab = await labs.GetAsync(id, user.PersonId(), cancellationToken);
        if (!await access.CanManageAsync(user.PersonId(), lab, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, $"Only the lab's facilitators, its administration's facilitators and administrators can do this with lab {id}.");
        }
    }
}
