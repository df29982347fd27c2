using System.Security.Claims;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Listing;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Host.Authorization;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Api.Labs;

/// <summary>
/// <c>/api/v1/labs</c>: facilitators launch labs from published flows and manage them; everyone in a lab or its
/// administration follows it. The policy lets only facilitators and administrators reach the managing endpoints;
/// the lab domain then checks the administration (a facilitator manages the labs of their own administrations).
/// GET answers the lab's version as its ETag; moving the start date needs it back (If-Match or a <c>version</c>
/// field; 428 without). A command that lost a race, or whose effect already holds (paused twice), answers 409.
/// </summary>
internal static class LabsApi
{
    public static RouteGroupBuilder MapLabsApi(this RouteGroupBuilder api)
    {
        var labs = api.MapGroup("/labs").WithTags("Labs");

        labs.MapGet("/", ListAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        labs.MapGet("/{id:guid}", GetAsync).RequireAuthorization(LabFlowPolicies.SignedIn);

        labs.MapPost("/", LaunchAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        labs.MapPost("/{id:guid}/cancel", CancelAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        labs.MapPost("/{id:guid}/incidents/{incidentId:guid}/retry", RetryAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        labs.MapPost("/{id:guid}/incidents/{incidentId:guid}/skip", SkipFailedStepAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        labs.MapPost("/{id:guid}/pause", PauseAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        labs.MapPost("/{id:guid}/resume", ResumeAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        labs.MapPut("/{id:guid}/start-date", MoveStartDateAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        labs.MapPost("/{id:guid}/people", AddPersonAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        labs.MapPost("/{id:guid}/tasks", AddAdHocTaskAsync).RequireAuthorization(LabFlowPolicies.ManageLabs);
        return api;
    }

    /// <summary>Every field's problem comes from the lab domain (<see cref="LabService.LaunchAsync"/>) as one 400 validation problem.</summary>
    private static async Task<IResult> LaunchAsync(
        LaunchLabBody body,
        ClaimsPrincipal user,
        LabService labs,
        CancellationToken cancellationToken)
    {
        var actor = user.PersonId();
        var people = body.People ?? [];
        var lab = await labs.LaunchAsync(
            new LaunchLabRequest(
                body.DefinitionId,
                body.Title,
                body.AdministrationId,
                body.Challenge,
                body.StartDate,
                [.. people.Select(p => new LabMember(p.PersonId, p.Role))],
                body.TargetAreas,
                body.Inputs,
                body.Version,
                body.Workshops),
            actor,
            cancellationToken);
        return TypedResults.Created($"/api/v1/labs/{lab.Id}", lab);
    }

    /// <summary>
    /// The labs the caller can see, filtered, newest first, a page at a time: <c>limit</c> (1–200, default 50) and the
    /// previous page's <c>next</c> as <c>cursor</c>. A fixed number of queries whatever the page size (LabListService).
    /// </summary>
    private static async Task<IResult> ListAsync(
        ClaimsPrincipal user,
        LabListService labs,
        string? administration,
        string? phase,
        WorkflowStatus? status,
        LabListState? state,
        int? year,
        string? search,
        Guid? facilitator,
        bool? overdue,
        int? limit,
        string? cursor,
        CancellationToken cancellationToken)
    {
        var page = await labs.ListAsync(
            user.PersonId(),
            new LabListFilter(administration, phase, status, state, year, search, facilitator, overdue),
            cursor,
            limit,
            cancellationToken);
        return TypedResults.Ok(new ListPage<LabSummary>([.. page.Items.Select(LabSummary.Of)], page.Next));
    }

    private static async Task<IResult> GetAsync(
        Guid id,
        ClaimsPrincipal user,
        LabService labs,
        TaskService taskService,
        IWorkflowInstanceStore instances,
        IWorkflowJournalStore journal,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var viewer = user.PersonId();
        var lab = await labs.GetAsync(id, viewer, cancellationToken);
        if (await instances.FindAsync(id, cancellationToken) is not { } instance)
        {
            return ApiProblems.NotFound(ApiRefusalMessages.LabNotRunning.With(("labId", id)));
        }

        response.SetETag(lab.Version);
        return TypedResults.Ok(new LabDetails(
            lab,
            instance.Status,
            instance.DefinitionVersion,
            instance.ActivePhases,
            await labs.GetProgressAsync(id, viewer, cancellationToken),
            await taskService.ListForLabAsync(id, viewer, cancellationToken),
            instance.State.Incidents,
            await journal.ListAsync(id, cancellationToken)));
    }

    private static async Task<IResult> CancelAsync(Guid id, CancelLabBody? body, ClaimsPrincipal user, LabService labs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await labs.CancelAsync(id, body?.Reason, user.PersonId(), cancellationToken));

    private static async Task<IResult> RetryAsync(Guid id, Guid incidentId, ClaimsPrincipal user, LabService labs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await labs.RetryFailedStepAsync(id, incidentId, user.PersonId(), cancellationToken));

    /// <summary>Skips the failed step behind an incident: the lab domain checks who may and the reason; a consumed incident answers 404.</summary>
    private static async Task<IResult> SkipFailedStepAsync(Guid id, Guid incidentId, SkipIncidentBody body, ClaimsPrincipal user, LabService labs, CancellationToken cancellationToken)
    {
        var request = new SkipFailedStepRequest(incidentId, body.Reason, body.Outcome, body.EndBranch);
        return TypedResults.Ok(await labs.SkipFailedStepAsync(id, request, user.PersonId(), cancellationToken));
    }

    private static async Task<IResult> PauseAsync(Guid id, ClaimsPrincipal user, LabService labs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await labs.PauseAsync(id, user.PersonId(), cancellationToken));

    private static async Task<IResult> ResumeAsync(Guid id, ClaimsPrincipal user, LabService labs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await labs.ResumeAsync(id, user.PersonId(), cancellationToken));

    private static async Task<IResult> MoveStartDateAsync(Guid id, MoveStartDateBody body, ClaimsPrincipal user, LabService labs, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!ResourceVersions.TryRead(request, body.Version, $"GET /api/v1/labs/{id}", out var version, out var problem))
        {
            return problem!;
        }

        var lab = await labs.MoveStartDateAsync(id, body.StartDate, user.PersonId(), cancellationToken, version);
        response.SetETag(lab.Version);
        return TypedResults.Ok(lab);
    }

    private static async Task<IResult> AddPersonAsync(Guid id, LabPersonBody body, ClaimsPrincipal user, LabService labs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await labs.AddPersonAsync(id, new LabMember(body.PersonId, body.Role), user.PersonId(), cancellationToken));

    private static async Task<IResult> AddAdHocTaskAsync(Guid id, AdHocTaskBody body, ClaimsPrincipal user, LabService labs, TaskService tasks, CancellationToken cancellationToken)
    {
        await labs.RequireManagerAsync(id, user.PersonId(), cancellationToken);
        var task = await tasks.AddAdHocTaskAsync(
            new AdHocTaskRequest(
                id,
                LocalizedText.Of(body.Title.Trim()),
                body.AssigneeId,
                body.Due,
                body.Instructions is null ? null : LocalizedText.Of(body.Instructions),
                body.Form,
                body.Phase),
            user.PersonId(),
            cancellationToken);
        return TypedResults.Created($"/api/v1/tasks/{task.Id}", task);
    }
}
