using System.Text.Json;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Workflows.Execution;
using Microsoft.AspNetCore.Diagnostics;

namespace LabFlow.Host.Api;

/// <summary>
/// The API's last line: every exception becomes a problem details response with a readable message and never a
/// stack trace. Request-shape errors (malformed JSON, unknown fields, wrong types, oversized bodies) are the
/// caller's to fix, so they answer 400/413 with the JSON path; anything unexpected answers 500 and is logged.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The handler runs with the endpoint cleared; the feature keeps the endpoint that failed.
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        var language = ApiLanguage.Of(httpContext);
        var (status, title, detail, errors) = Describe(exception, endpoint, language);
        if (status >= StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        var problem = errors is null
            ? new Microsoft.AspNetCore.Mvc.ProblemDetails()
            : new HttpValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        if (exception is WorkflowException workflowException)
        {
            problem.Extensions["code"] = workflowException.Code;
        }
        else if (exception is LabDomainException domainException)
        {
            problem.Extensions["code"] = domainException.Code;
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static (int Status, string Title, string Detail, Dictionary<string, string[]>? Errors) Describe(Exception exception, Endpoint? endpoint, string language)
    {
        string Text(MessageText text) => text.Message.In(language);
        var bodyType = endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType;
        switch (exception)
        {
            case WorkflowException workflow:
                return (ApiProblems.StatusFor(workflow), Text(ApiProblems.TitleFor(ApiProblems.StatusFor(workflow))), EngineMessages.Describe(workflow.Code, workflow.Message, language), null);
            case LabDomainException { FieldErrors: { Count: > 0 } fields } domain:
                return (ApiProblems.StatusFor(domain), Text(ProblemMessages.InvalidTitle), domain.Text.In(language), domain.FieldErrorsIn(language));
            case LabDomainException domain:
                return (ApiProblems.StatusFor(domain), Text(ApiProblems.TitleFor(ApiProblems.StatusFor(domain))), domain.Text.In(language), null);
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                return (StatusCodes.Status413PayloadTooLarge, Text(ProblemMessages.TooLargeTitle), Text(ProblemMessages.TooLarge), null);
            case BadHttpRequestException { InnerException: JsonException json }:
                return (StatusCodes.Status400BadRequest, Text(ProblemMessages.BodyInvalidTitle), Text(ProblemMessages.BodyInvalid),
                    new Dictionary<string, string[]> { [json.Path ?? "$"] = [JsonErrorMessages.Describe(json, bodyType).In(language)] });
            case BadHttpRequestException bad when JsonErrorMessages.QueryError(bad, endpoint?.Metadata.GetMetadata<System.Reflection.MethodInfo>()) is { } query:
                return (StatusCodes.Status400BadRequest, Text(ProblemMessages.QueryInvalidTitle), Text(ProblemMessages.QueryInvalid),
                    new Dictionary<string, string[]> { [query.Name] = [query.Message.In(language)] });
            case BadHttpRequestException bad:
                return (bad.StatusCode, Text(ProblemMessages.BadRequestTitle), JsonErrorMessages.DescribeBadRequest(bad).In(language), null);
            default:
                return (StatusCodes.Status500InternalServerError, Text(ProblemMessages.UnexpectedTitle), Text(ProblemMessages.Unexpected), null);
        }
    }

    // Method and path only: query strings and bodies may carry personal data.
    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, PathString path);
}
