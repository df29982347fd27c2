using System.Globalization;

namespace LabFlow.Host.Api;

/// <summary>
/// Runs every API endpoint in the caller's language (<see cref="ApiLanguage"/>), after authentication, so texts
/// written by the endpoint (field errors, refusals) follow <c>Accept-Language</c> or else the stored language.
/// </summary>
internal static class CallerLanguageFilter
{
    public static RouteGroupBuilder UseCallerLanguage(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            var culture = CultureInfo.GetCultureInfo(ApiLanguage.Of(context.HttpContext));
            CultureInfo.CurrentUICulture = culture;
            return await next(context);
        });
        return group;
    }
}
