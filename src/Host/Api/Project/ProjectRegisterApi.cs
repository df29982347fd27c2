using System.Security.Claims;
using LabFlow.Activities.Register;
using LabFlow.Host.Authorization;

namespace LabFlow.Host.Api.Project;

/// <summary>
/// The participant register: <c>/api/v1/people/me/register-profile</c> (a person's own sex, administration or
/// organisation and profession group), <c>/api/v1/labs/{id}/register</c>, <c>/guests</c> and
/// <c>/workshops/{activityId}/attendance</c> (guests and attendance per person with hours),
/// <c>/workshops/{activityId}/schedule</c> (the lab's own time, place and meeting link of a workshop), and the project's
/// figures and exports under <c>/api/v1/project</c> (<c>participants</c>, <c>summary</c>, <c>register.xlsx</c>,
/// <c>register.csv</c>, <c>activities.xlsx|csv</c>, <c>summary.xlsx|csv</c>). Rights are the services'
/// (<see cref="ParticipantRegisterService"/>, <see cref="ParticipationQuery"/>, <see cref="RegisterExportService"/>).
/// </summary>
internal static class ProjectRegisterApi
{
    public static RouteGroupBuilder MapProjectRegisterApi(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/people/me").WithTags("Register");
        me.MapGet("/register-profile", GetProfileAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        me.MapPut("/register-profile", SaveProfileAsync).RequireAuthorization(LabFlowPolicies.SignedIn);

        var labs = api.MapGroup("/labs").WithTags("Register");
        labs.MapGet("/{id:guid}/register", GetLabAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        labs.MapPost("/{id:guid}/guests", AddGuestAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        labs.MapPut("/{id:guid}/workshops/{activityId}/attendance", RecordAttendanceAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        labs.MapPut("/{id:guid}/workshops/{activityId}/schedule", SetScheduleAsync).RequireAuthorization(LabFlowPolicies.SignedIn);

        var project = api.MapGroup("/project").WithTags("Register");
        project.MapGet("/participants", ListParticipantsAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        project.MapGet("/summary", SummariseAsync).RequireAuthorization(LabFlowPolicies.SignedIn);
        project.MapGet("/register.{format}", (string format, [AsParameters] ExportQuery q, HttpContext http, RegisterExportService exports, CancellationToken ct) =>
            ExportAsync(RegisterExportKind.Register, format, q, http, exports, ct)).RequireAuthorization(LabFlowPolicies.SignedIn);
        project.MapGet("/activities.{format}", (string format, [AsParameters] ExportQuery q, HttpContext http, RegisterExportService exports, CancellationToken ct) =>
            ExportAsync(RegisterExportKind.ActivityLog, format, q, http, exports, ct)).RequireAuthorization(LabFlowPolicies.SignedIn);
        project.MapGet("/summary.{format}", (string format, [AsParameters] ExportQuery q, HttpContext http, RegisterExportService exports, CancellationToken ct) =>
            ExportAsync(RegisterExportKind.Summary, format, q, http, exports, ct)).RequireAuthorization(LabFlowPolicies.SignedIn);
        return api;
    }

    private static async Task<IResult> GetProfileAsync(HttpContext http, ParticipantRegisterService register, CancellationToken cancellationToken)
    {
        var mine = await register.GetMyProfileAsync(http.User.PersonId(), cancellationToken);
        return TypedResults.Ok(new RegisterProfileAnswer(mine.Profile, mine.Asked, RegisterTexts.PrivacyNotice(ApiLanguage.Of(http))));
    }

    /// <summary>Only ever the caller's own answers; an unknown administration answers 400 on <c>administrationId</c>.</summary>
    private static async Task<IResult> SaveProfileAsync(RegisterProfileBody body, ClaimsPrincipal user, ParticipantRegisterService register, CancellationToken cancellationToken) =>
        TypedResults.Ok(await register.SaveMyProfileAsync(user.PersonId(), new ProfileInput(body.Sex, body.AdministrationId, body.Organisation, body.ProfessionGroup), cancellationToken));

    private static async Task<IResult> GetLabAsync(Guid id, ClaimsPrincipal user, ParticipantRegisterService register, CancellationToken cancellationToken) =>
        TypedResults.Ok(await register.GetLabAsync(user.PersonId(), id, cancellationToken));

    /// <summary>201 with the guest; someone who is not the lab's facilitator or a training coordinator answers 403.</summary>
    private static async Task<IResult> AddGuestAsync(Guid id, GuestBody body, ClaimsPrincipal user, ParticipantRegisterService register, CancellationToken cancellationToken)
    {
        var guest = await register.RegisterGuestAsync(user.PersonId(), id, new GuestInput(body.Name, body.Organisation ?? string.Empty, body.Email, body.Sex ?? Sex.NotStated), cancellationToken);
        return TypedResults.Created($"/api/v1/labs/{id}/register", guest);
    }

    private static async Task<IResult> RecordAttendanceAsync(
        Guid id, string activityId, AttendanceBody body, ClaimsPrincipal user, ParticipantRegisterService register, CancellationToken cancellationToken) =>
        TypedResults.Ok(await register.RecordAttendanceAsync(user.PersonId(), id, activityId, body.Attendance ?? [], body.Date, cancellationToken));

    /// <summary>The lab's own time, place and meeting link for the workshop; an invitation already sent goes out again with the same calendar UID.</summary>
    private static async Task<IResult> SetScheduleAsync(
        Guid id, string activityId, WorkshopScheduleInput body, ClaimsPrincipal user, WorkshopScheduleService schedules, CancellationToken cancellationToken) =>
        TypedResults.Ok(await schedules.SetAsync(user.PersonId(), id, activityId, body, cancellationToken));

    /// <summary>The people behind a figure: one row per person per activity, within what the caller may report on.</summary>
    private static async Task<IResult> ListParticipantsAsync([AsParameters] ExportQuery q, ClaimsPrincipal user, ParticipationQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.ListAsync(user.PersonId(), q.Filter, cancellationToken));

    private static async Task<IResult> SummariseAsync([AsParameters] ExportQuery q, ClaimsPrincipal user, ParticipationQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.SummariseAsync(user.PersonId(), q.Filter, cancellationToken));

    /// <summary><c>xlsx</c> (every sheet) or <c>csv</c> (<c>sheet</c>: 0 the rows, 1 the totals by sex …); other formats answer 404.</summary>
    private static async Task<IResult> ExportAsync(
        RegisterExportKind kind, string format, ExportQuery q, HttpContext http, RegisterExportService exports, CancellationToken cancellationToken)
    {
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (!xlsx && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.NotFound();
        }

        var workbook = await exports.ExportAsync(http.User.PersonId(), kind, q.Filter, ApiLanguage.Of(http), xlsx ? "xlsx" : "csv", cancellationToken);
        return xlsx
            ? TypedResults.File(await RegisterFiles.XlsxAsync(workbook, cancellationToken), RegisterFiles.XlsxType, workbook.Name + ".xlsx")
            : TypedResults.File(RegisterFiles.Csv(workbook, q.Sheet ?? 0), RegisterFiles.CsvType, workbook.Name + ".csv");
    }
}

/// <summary>The register's filter as query parameters (all optional).</summary>
internal sealed record ExportQuery(string? AdministrationId, Guid? LabId, DateOnly? From, DateOnly? To, Sex? Sex, string? Organisation, ProfessionGroup? ProfessionGroup, int? Sheet)
{
    public ParticipationFilter Filter => new(AdministrationId, LabId, From, To, Sex, Organisation, ProfessionGroup);
}
