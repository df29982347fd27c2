using System.Security.Claims;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Host.Authorization;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Api.Labs;

/// <summary>
/// <c>/api/v1/labs/{id}/signals/{name}</c>: a facilitator or a script (personal access token) tells a lab that
/// something happened outside LabFlow; the lab's WaitForSignal steps waiting for that name go on.
/// </summary>
internal static class SignalsApi
{
    public static RouteGroupBuilder MapSignalsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/labs/{id:guid}/signals/{name}", SendAsync)
            .WithTags("Labs")
            .RequireAuthorization(LabFlowPolicies.ManageLabs);
        return api;
    }

    private static async Task<IResult> SendAsync(
        Guid id,
        string name,
        SignalBody? body,
        ClaimsPrincipal user,
        LabService labs,
        IBookmarkStore bookmarks,
        IWorkflowRuntime runtime,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .RequireText("name", name, LabLimits.SignalNameLength, "the signal's name")
            .LimitText("correlation", body?.Correlation, LabLimits.SignalNameLength, "the correlation");
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        await labs.RequireManagerAsync(id, user.PersonId(), cancellationToken);
        var key = SignalBookmarks.Key(name, body?.Correlation);
        var waiting = (await bookmarks.ListByInstanceAsync(id, cancellationToken))
            .Where(b => b.Kind == BookmarkKinds.Signal && string.Equals(b.Key, key, StringComparison.Ordinal))
            .ToList();
        if (waiting.Count == 0)
        {
            var correlation = body?.Correlation is null ? "" : $" with correlation '{body.Correlation}'";
            return ApiProblems.NotFound(LabMessages.NoWaitingSignal.With(("labId", id), ("name", name), ("correlation", correlation)));
        }

        var payload = new ResumePayload(body?.Data, user.PersonId().ToString());
        var results = new List<ResumeResult>(waiting.Count);
        foreach (var bookmark in waiting)
        {
            results.Add(await runtime.ResumeAsync(bookmark.Id, payload, cancellationToken));
        }

        // Another request resumed every waiting step between our read and our resume: it lost the race.
        return results.Any(r => r.Outcome == ResumeOutcome.Resumed)
            ? TypedResults.Ok(results)
            : ApiProblems.Conflict(LabMessages.SignalDelivered.With(("labId", id), ("name", name)));
    }
}
