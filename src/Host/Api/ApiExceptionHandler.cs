using System.Text.Json;
using LabFlow.Activities.Labs;
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
        var (status, title, detail, errors) = Describe(exception, endpoint);
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

    private static (int Status, string Title, string Detail, Dictionary<string, string[]>? Errors) Describe(Exception exception, Endpoint? endpoint)
    {
        var bodyType = endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType;
        switch (exception)
        {
            case WorkflowException workflow:
                return (ApiProblems.StatusFor(workflow), "The request could not be carried out", workflow.Message, null);
            case LabDomainException { FieldErrors: { Count: > 0 } fields } domain:
                return (ApiProblems.StatusFor(domain), "Some values are not valid", domain.Message,
                    fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));
            case LabDomainException domain:
                return (ApiProblems.StatusFor(domain), "The request could not be carried out", domain.Message, null);
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                return (StatusCodes.Status413PayloadTooLarge, "Request body too large", "The request body is larger than LabFlow accepts; send less data.", null);
            case BadHttpRequestException { InnerException: JsonException json }:
                return (StatusCodes.Status400BadRequest, "Invalid request body", "The request body does not match what this endpoint expects; each field lists what to fix.",
                    new Dictionary<string, string[]> { [json.Path ?? "$"] = [JsonErrorMessages.Describe(json, bodyType)] });
            case BadHttpRequestException bad when JsonErrorMessages.QueryError(bad, endpoint?.Metadata.GetMetadata<System.Reflection.MethodInfo>()) is { } query:
                return (StatusCodes.Status400BadRequest, "Invalid query", "A value in the query string is not valid; each parameter lists what to fix.",
                    new Dictionary<string, string[]> { [query.Name] = [query.Message] });
            case BadHttpRequestException bad:
                return (bad.StatusCode, "Bad request", JsonErrorMessages.DescribeBadRequest(bad), null);
            default:
                return (StatusCodes.Status500InternalServerError, "Something went wrong", "LabFlow could not complete the request. The error has been logged; try again, and tell an administrator if it keeps happening.", null);
        }
    }

    // Method and path only: query strings and bodies may carry personal data.
    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, PathString path);
}
