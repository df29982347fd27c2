using System.Security.Claims;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Reports;
using LabFlow.Host.Authorization;
using LabFlow.Host.Infrastructure.Reports;

namespace LabFlow.Host.Api.Reports;

/// <summary>
/// The Word exports: <c>GET /api/v1/labs/{id}/report.docx</c> (the lab report) and
/// <c>GET /api/v1/administrations/{id}/active-measures/{year}.docx</c> (the year's active-measures documentation).
/// Swedish unless <c>?lang=en</c> (or <c>Accept-Language</c>) asks for English. The services decide who may export
/// (the rights of the lab page; never a participant only) and journal each export in the access log.
/// </summary>
internal static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/labs/{id:guid}/report.docx", LabReportAsync).WithTags("Reports").RequireAuthorization(LabFlowPolicies.SignedIn);
        api.MapGet("/administrations/{id}/active-measures/{year:int}.docx", ActiveMeasuresAsync).WithTags("Reports").RequireAuthorization(LabFlowPolicies.SignedIn);
        return api;
    }

    /// <summary>The lab report as the caller may read it.</summary>
    private static async Task<IResult> LabReportAsync(Guid id, string? lang, ClaimsPrincipal user, HttpContext httpContext, LabReportService reports, CancellationToken cancellationToken)
    {
        var report = await reports.ExportAsync(id, user.PersonId(), Language(lang, httpContext), cancellationToken);
        return Word(report);
    }

    /// <summary>The active-measures documentation of an administration for a year.</summary>
    private static async Task<IResult> ActiveMeasuresAsync(string id, int year, string? lang, ClaimsPrincipal user, HttpContext httpContext, ActiveMeasuresReportService reports, CancellationToken cancellationToken)
    {
        var report = await reports.ExportAsync(id, year, user.PersonId(), Language(lang, httpContext), cancellationToken);
        return Word(report);
    }

    private static IResult Word(ReportDocument report) =>
        TypedResults.File(WordReportWriter.Write(report), WordReportWriter.ContentType, $"{FileName(report.FileName)}.docx");

    /// <summary>The name without the characters Windows refuses in file names (a lab title may hold a colon).</summary>
    private static string FileName(string name) =>
        string.Join(' ', new string([.. name.Where(c => !"\\/:*?\"<>|".Contains(c) && !char.IsControl(c))]).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary><c>?lang=en</c> or <c>?lang=sv</c> first, else the API's language (Accept-Language, the stored culture, Swedish).</summary>
    private static string Language(string? lang, HttpContext httpContext) =>
        lang is MessageCatalogue.English or MessageCatalogue.Swedish ? lang : ApiLanguage.Of(httpContext);
}
