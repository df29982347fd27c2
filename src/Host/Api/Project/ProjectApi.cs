using System.Security.Claims;
using LabFlow.Activities.Dashboard;
using LabFlow.Host.Authorization;

namespace LabFlow.Host.Api.Project;

/// <summary>
/// The project's figures under <c>/api/v1/project</c>: <c>GET /dashboard</c> answers what <c>/project</c> shows (the
/// people behind a participation figure come from the register's <c>GET /participants</c>). Who may read them, and
/// which administrations' figures, is <see cref="ProjectDashboardService"/>'s decision.
/// </summary>
internal static class ProjectApi
{
    public static RouteGroupBuilder MapProjectApi(this RouteGroupBuilder api)
    {
        var project = api.MapGroup("/project").WithTags("Project");
        project.MapGet("/dashboard", GetDashboardAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        return api;
    }

    /// <summary>
    /// Labs per administration against the goal, conferences and seminars (counts with the first labs behind them),
    /// indicators by sex per lab a page at a time (<c>?indicatorPage=</c>, from 0); 403 (<c>forbidden</c>) for anyone outside the project team.
    /// </summary>
    private static async Task<IResult> GetDashboardAsync(ClaimsPrincipal user, ProjectDashboardService dashboard, int? indicatorPage, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dashboard.GetAsync(user.PersonId(), indicatorPage ?? 0, cancellationToken));
}
