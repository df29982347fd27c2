using System.Globalization;
using System.Threading.RateLimiting;
using LabFlow.Host.Infrastructure.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Authentication;

/// <summary>
/// Slows down password guessing: the endpoints that take a password, an email or a token allow
/// <see cref="LabFlowAuthenticationOptions.CredentialPermitLimit"/> requests per client address and window, then
/// answer 429 with problem details and <c>Retry-After</c>. Identity's lockout protects each account besides.
/// </summary>
internal static class CredentialRateLimiting
{
    public const string PolicyName = "labflow-credentials";

    public static void Configure(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(PolicyName, context =>
        {
            var settings = context.RequestServices.GetRequiredService<IOptions<LabFlowAuthenticationOptions>>().Value;
            // Behind a reverse proxy every client shares the proxy's address unless forwarded headers are configured.
            var partition = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.CredentialPermitLimit,
                Window = settings.CredentialWindow,
                QueueLimit = 0,
            });
        });
        options.OnRejected = async (context, cancellationToken) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : (TimeSpan?)null;
            if (retryAfter is { } seconds)
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(seconds.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails =
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many attempts",
                    Detail = retryAfter is { } wait
                        ? $"Too many attempts from this address. Try again in {(int)Math.Ceiling(wait.TotalSeconds)} seconds."
                        : "Too many attempts from this address. Wait a while and try again.",
                },
            });
        };
    }
}
