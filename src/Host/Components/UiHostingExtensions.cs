using LabFlow.Host.Components.Account;
using LabFlow.Host.Components.Pages.Boards;
using LabFlow.Host.Components.Shared;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Endpoints;
using MudBlazor.Services;

namespace LabFlow.Host.Components;

/// <summary>
/// The web UI: Blazor components (interactive server for the app's pages, static server rendering for the
/// account pages, which must write the sign-in cookie on a real response), MudBlazor, and friendly error pages
/// for everything outside <c>/api</c>, which keeps answering problem details.
/// </summary>
internal static class UiHostingExtensions
{
    /// <summary>Where status codes without a body are shown as a page (<c>{0}</c> is the code).</summary>
    public const string StatusPagePath = "/error/{0}";

    public static IServiceCollection AddLabFlowUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddScoped<PasswordRules>();
        services.AddScoped<LabNames>();
        services.AddIdeaBoardPages();
        return services;
    }

    /// <summary>
    /// Error pages for pages (not the API): before authentication and authorization, so that a re-executed
    /// <c>/error/{code}</c> request passes them again.
    /// </summary>
    public static WebApplication UseLabFlowPageErrors(this WebApplication app)
    {
        // Not in a UseWhen branch: a branch has no global router, so the re-executed /error/{code} would find no page.
        // PageErrorMiddleware turns these status pages off for /api, which keeps its problem details.
        app.UseStatusCodePagesWithReExecute(StatusPagePath, createScopeForStatusCodePages: true);
        app.UseMiddleware<PageErrorMiddleware>();
        return app;
    }

    /// <summary>After authentication and authorization: antiforgery for the forms.</summary>
    public static WebApplication UseLabFlowUi(this WebApplication app)
    {
        app.UseAntiforgery();
        // A page's form posted without a valid token (an old tab, a cross-site post) gets the friendly 400 page
        // rather than Blazor's one-line English text.
        app.Use(async (context, next) =>
        {
            if (!IsApi(context)
                && HttpMethods.IsPost(context.Request.Method)
                && context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
                && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            await next(context);
        });
        return app;
    }

    public static WebApplication MapLabFlowUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        return app;
    }

    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
