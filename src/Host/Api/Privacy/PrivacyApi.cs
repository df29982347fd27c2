using System.Security.Claims;
using LabFlow.Activities.Privacy;
using LabFlow.Host.Authorization;

namespace LabFlow.Host.Api.Privacy;

/// <summary>
/// A person's data rights: <c>GET /api/v1/people/me/data</c> (what LabFlow holds about me, <c>format=json</c> or
/// <c>html</c>) for anyone signed in; the same for a person, their erasure under a recorded decision, and the access
/// log of sensitive steps' answers for administrators of the person's (or the log's) administration. Who may is the
/// service's to decide (<see cref="PersonalDataService"/>).
/// </summary>
internal static class PrivacyApi
{
    private const string Html = "html";

    public static RouteGroupBuilder MapPrivacyApi(this RouteGroupBuilder api)
    {
        api.MapGet("/people/me/data", ExportMineAsync).WithTags("Privacy").RequireAuthorization(LabFlowPolicies.SignedIn);
        api.MapGet("/people/{id:guid}/data", ExportAsync).WithTags("Privacy").RequireAuthorization(LabFlowPolicies.Administer);
        api.MapGet("/people/{id:guid}/erasure", GetErasureAsync).WithTags("Privacy").RequireAuthorization(LabFlowPolicies.Administer);
        api.MapPost("/people/{id:guid}/erasure", EraseAsync).WithTags("Privacy").RequireAuthorization(LabFlowPolicies.Administer);
        api.MapGet("/access-log", ListAccessLogAsync).WithTags("Privacy").RequireAuthorization(LabFlowPolicies.Administer);
        return api;
    }

    /// <summary>What LabFlow holds about the caller, as JSON (default) or a printable page (<c>format=html</c>).</summary>
    private static async Task<IResult> ExportMineAsync(HttpContext httpContext, PersonalDataService privacy, string? format, CancellationToken cancellationToken) =>
        Answer(httpContext, await privacy.ExportAsync(httpContext.User.PersonId(), httpContext.User.PersonId(), cancellationToken), format);

    /// <summary>What LabFlow holds about a person of the caller's administration, as they may read it.</summary>
    private static async Task<IResult> ExportAsync(Guid id, HttpContext httpContext, PersonalDataService privacy, string? format, CancellationToken cancellationToken) =>
        Answer(httpContext, await privacy.ExportAsync(httpContext.User.PersonId(), id, cancellationToken), format);

    private static async Task<IResult> GetErasureAsync(Guid id, ClaimsPrincipal caller, PersonalDataService privacy, CancellationToken cancellationToken) =>
        await privacy.GetErasureAsync(caller.PersonId(), id, cancellationToken) is { } decision ? TypedResults.Ok(decision) : TypedResults.NoContent();

    /// <summary>Erases the person (pseudonymises them) under the caller's decision; 200 with the recorded decision.</summary>
    private static async Task<IResult> EraseAsync(Guid id, ErasureBody body, ClaimsPrincipal caller, PersonalDataService privacy, CancellationToken cancellationToken) =>
        TypedResults.Ok(await privacy.EraseAsync(caller.PersonId(), id, body.Reason, cancellationToken));

    /// <summary>Who read the answers of sensitive steps, newest first, in the caller's administrations (or <c>administration</c>).</summary>
    private static async Task<IResult> ListAccessLogAsync(ClaimsPrincipal caller, PersonalDataService privacy, string? administration, CancellationToken cancellationToken)
    {
        var entries = await privacy.ListAccessLogAsync(caller.PersonId(), administration, cancellationToken);
        return TypedResults.Ok(entries.Select(e => new AccessLogResponse(
            e.Read.Id, e.Read.ReaderId, e.ReaderName, e.Read.TaskId, e.Read.LabId, e.Read.AdministrationId, e.Read.ActivityId, e.Read.At)).ToList());
    }

    private static IResult Answer(HttpContext httpContext, PersonalDataExport export, string? format)
    {
        var name = $"labflow-{export.Person.Id:N}-{export.CreatedAt:yyyyMMdd}";
        if (string.Equals(format, Html, StringComparison.OrdinalIgnoreCase))
        {
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.html\"";
            return TypedResults.Content(PersonalDataDocument.Render(export, ApiLanguage.Of(httpContext)), "text/html; charset=utf-8");
        }

        httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.json\"";
        return TypedResults.Ok(export);
    }
}
