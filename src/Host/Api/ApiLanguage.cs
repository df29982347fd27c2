using System.Security.Claims;
using LabFlow.Activities.Messages;
using LabFlow.Host.Infrastructure.Identity;

namespace LabFlow.Host.Api;

/// <summary>
/// The language of an API answer: what <c>Accept-Language</c> asks for (Swedish or English, by preference), else the
/// caller's stored language (the person's setting, carried as a claim), else Swedish.
/// </summary>
internal static class ApiLanguage
{
    public static string Of(HttpContext httpContext)
    {
        var asked = httpContext.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(l => l is MessageCatalogue.Swedish or MessageCatalogue.English);
        if (asked is not null)
        {
            return asked;
        }

        return httpContext.User.FindFirstValue(LabFlowClaimTypes.Culture) is MessageCatalogue.English
            ? MessageCatalogue.English
            : MessageCatalogue.Swedish;
    }
}
