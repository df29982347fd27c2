using Microsoft.AspNetCore.Diagnostics;

namespace LabFlow.Host.Components;

/// <summary>
/// A page that fails answers with LabFlow's error page in the person's language, never a stack trace or a
/// problem-details document: the error is logged and the response becomes an empty 500, which the status-code
/// pages then render as <c>/error/500</c>. Under <c>/api</c> it steps aside (and turns the page status codes off),
/// so the API's exception handler and problem details answer there.
/// </summary>
internal sealed partial class PageErrorMiddleware(RequestDelegate next, ILogger<PageErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (UiHostingExtensions.IsApi(context))
        {
            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }

            await next(context);
            return;
        }

        // A status page re-executed for a form post renders as a GET: it takes no form and needs no antiforgery token.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            context.Request.Method = HttpMethods.Get;
        }

        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var status = exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status500InternalServerError,
            };
            if (status >= StatusCodes.Status500InternalServerError)
            {
                LogUnexpected(exception, context.Request.Method, context.Request.Path);
            }

            context.Response.Clear();
            context.Response.StatusCode = status;
        }
    }

    // Method and path only: query strings and form bodies may carry personal data.
    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on page {Method} {Path}")]
    private partial void LogUnexpected(Exception exception, string method, PathString path);
}
