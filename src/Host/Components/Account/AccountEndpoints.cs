using LabFlow.Host.Components.Shared;
using LabFlow.Host.Infrastructure.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace LabFlow.Host.Components.Account;

/// <summary>
/// The UI's two form posts that are no page: sign out, and choose the language. Both take the antiforgery token
/// (a form-bound endpoint requires it) and send the browser back to a local page.
/// </summary>
internal static class AccountEndpoints
{
    public const string LogoutPath = "/account/logout";
    public const string LanguagePath = "/account/language";

    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost(LogoutPath, LogoutAsync).ExcludeFromDescription();
        app.MapPost(LanguagePath, ChooseLanguage).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<RedirectHttpResult> LogoutAsync(LabFlowSignInManager signInManager)
    {
        await signInManager.SignOutAsync();
        return TypedResults.LocalRedirect("/account/login");
    }

    private static RedirectHttpResult ChooseLanguage([FromForm] string? culture, [FromForm] string? returnUrl, HttpContext context)
    {
        var language = culture == UiText.English ? UiText.English : UiText.Swedish;
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });
        return TypedResults.LocalRedirect(LocalUrl.OrRoot(returnUrl));
    }
}
