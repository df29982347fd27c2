using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Workflows.Execution;

namespace LabFlow.Host.Api;

/// <summary>How the engine's, the domain's and the API's errors become HTTP status codes (RFC 9457 problem details).</summary>
internal static class ApiProblems
{
    /// <summary>The status for a <see cref="WorkflowException.Code"/>: not found → 404, a lost race → 409, bad input → 400.</summary>
    public static int StatusFor(WorkflowException exception) => StatusFor(exception.Code);

    /// <summary>The status for a <see cref="LabDomainException.Code"/>.</summary>
    public static int StatusFor(LabDomainException exception) => StatusFor(exception.Code);

    public static int StatusFor(string code) => code switch
    {
        "definition_not_found" or "instance_not_found" or "incident_not_found" or LabErrors.NotFound => StatusCodes.Status404NotFound,
        "concurrency_conflict" or "bookmark_consumed" or "instance_ended" or "definition_retracted" or "latest_version_changed" or LabErrors.NotOpen
            or "lab_conflict" or "task_conflict" or "lab_exists" or "task_exists" or "conflict" or LabErrors.EmailNotRefused => StatusCodes.Status409Conflict,
        LabErrors.Forbidden or "forbidden" => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>A problem with one message per field (JSON path or field key), as a 400 validation problem.</summary>
    public static IResult Validation(IDictionary<string, string[]> errors, string? detail = null) =>
        TypedResults.ValidationProblem(
            errors,
            detail: detail ?? InputMessages.Invalid.Message.In(MessageCatalogue.CurrentLanguage),
            title: ProblemMessages.InvalidTitle.Message.In(MessageCatalogue.CurrentLanguage),
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = LabErrors.Invalid });

    /// <summary>The domain's collected input errors as a 400 validation problem, in the caller's language.</summary>
    public static IResult Validation(InputErrors errors) =>
        Validation(errors.ToDictionary(MessageCatalogue.CurrentLanguage).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));

    /// <summary>A refusal whose detail exists in English only (the title follows the caller's language).</summary>
    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: TitleFor(StatusCodes.Status404NotFound).Message.In(MessageCatalogue.CurrentLanguage));

    public static IResult NotFound(CodedMessage detail) => Problem(detail, StatusCodes.Status404NotFound);

    /// <summary>A refusal whose detail exists in English only (the title follows the caller's language).</summary>
    public static IResult Conflict(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: TitleFor(StatusCodes.Status409Conflict).Message.In(MessageCatalogue.CurrentLanguage));

    public static IResult Conflict(CodedMessage detail) => Problem(detail, StatusCodes.Status409Conflict);

    /// <summary>A refusal whose detail exists in English only (the title follows the caller's language).</summary>
    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: TitleFor(StatusCodes.Status403Forbidden).Message.In(MessageCatalogue.CurrentLanguage));

    /// <summary>
    /// A refusal whose title and detail are written when the response is, in the caller's language
    /// (<see cref="ApiLanguage"/>), with the message's <c>code</c>.
    /// </summary>
    public static IResult Problem(CodedMessage detail, int status) => new CodedProblemResult(detail, status);

    /// <summary>The title of a status, from the catalogue.</summary>
    public static MessageText TitleFor(int status) => status switch
    {
        StatusCodes.Status404NotFound => ProblemMessages.NotFoundTitle,
        StatusCodes.Status403Forbidden => ProblemMessages.ForbiddenTitle,
        StatusCodes.Status409Conflict => ProblemMessages.ConflictTitle,
        StatusCodes.Status413PayloadTooLarge => ProblemMessages.TooLargeTitle,
        >= StatusCodes.Status500InternalServerError => ProblemMessages.UnexpectedTitle,
        _ => ProblemMessages.FailedTitle,
    };
}
