using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LabFlow.Host.Authentication;

/// <summary>
/// A script or a fetch call to the API wants a status code, not a login page: under <c>/api</c> the cookie
/// answers 401 (not signed in) and 403 (signed in without the role) instead of redirecting.
/// </summary>
internal static class ApiCookieEvents
{
    public static void Configure(CookieAuthenticationEvents events)
    {
        var redirectToLogin = events.OnRedirectToLogin;
        var redirectToAccessDenied = events.OnRedirectToAccessDenied;
        events.OnRedirectToLogin = context => IsApi(context) ? Status(context, StatusCodes.Status401Unauthorized) : redirectToLogin(context);
        events.OnRedirectToAccessDenied = context => IsApi(context) ? Status(context, StatusCodes.Status403Forbidden) : redirectToAccessDenied(context);
    }

    private static bool IsApi(RedirectContext<CookieAuthenticationOptions> context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
