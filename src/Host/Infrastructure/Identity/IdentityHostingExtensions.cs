using LabFlow.Host.Configuration;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Authentication;
using LabFlow.Host.Authorization;
using LabFlow.Host.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Identity;

internal static class IdentityHostingExtensions
{
    /// <summary>
    /// ASP.NET Core Identity on LabFlow's database (users are directory people), the cookie and personal-access-token
    /// schemes behind one policy scheme, the API's authorization policies, lockout (5 attempts, 15 minutes), the
    /// rate limit on credential endpoints, and data-protection keys kept in the database so every node shares them.
    /// Cookies are checked against the database on every request (<see cref="SessionValidator"/>) and open pages
    /// every <see cref="LabFlowAuthenticationOptions.CircuitRevalidationInterval"/> (<see cref="LabFlowAuthenticationStateProvider"/>).
    /// </summary>
    public static IServiceCollection AddLabFlowIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LabFlowAuthenticationOptions>()
            .BindConfiguration(LabFlowAuthenticationOptions.SectionName)
            .ValidateSettings(LabFlowAuthenticationOptions.SectionName);

        services.AddDataProtection()
            .SetApplicationName("LabFlow")
            .PersistKeysToDbContext<LabFlowDbContext>();

        services.AddIdentityCore<LabFlowUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                // Length over character classes (NIST SP 800-63B): a long passphrase beats "Passw0rd!".
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<LabFlowDbContext>()
            .AddSignInManager<LabFlowSignInManager>()
            .AddClaimsPrincipalFactory<LabFlowUserClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName);
        services.TryAddScoped<LabFlowSignInManager>();
        services.AddOptions<DataProtectionTokenProviderOptions>()
            .Configure<IOptions<LabFlowAuthenticationOptions>>((options, settings) => options.TokenLifespan = settings.Value.PasswordResetLifetime);

        services.TryAddScoped<PersonalAccessTokenService>();
        services.TryAddScoped<AccountProvisioner>();
        services.Replace(ServiceDescriptor.Scoped<IOrganisationRoles, IdentityOrganisationRoles>());
        services.TryAddScoped<AccountPasswords>();
        services.TryAddSingleton<DecoyPasswordHash>();
        services.TryAddSingleton<SessionSnapshots>();
        services.TryAddScoped<SessionValidator>();
        // SessionValidator and IdentityOrganisationRoles are made for nearly every request and need these only now and
        // then: building them (the user manager makes every token provider and its data protector) cost about 1 % of
        // the server's CPU per HTTP task completion (issue 17).
        services.TryAddScoped(sp => new Lazy<LabFlowSignInManager>(sp.GetRequiredService<LabFlowSignInManager>));
        services.TryAddScoped(sp => new Lazy<UserManager<LabFlowUser>>(sp.GetRequiredService<UserManager<LabFlowUser>>));
        services.TryAddScoped<AccountSessions>();
        // People administration needs the accounts, so it is registered where they are.
        services.TryAddScoped<IAccounts, IdentityAccounts>();
        services.TryAddScoped<PeopleService>();
        services.TryAddScoped<PeopleInvitations>();
        services.AddScoped<AuthenticationStateProvider, LabFlowAuthenticationStateProvider>();
        services.AddOptions<InvitationTokenProviderOptions>()
            .Configure<IOptions<LabFlowAuthenticationOptions>>((options, settings) => options.TokenLifespan = settings.Value.InvitationLifetime);

        var authentication = services.AddAuthentication(LabFlowAuthenticationSchemes.Default);
        authentication
            .AddPolicyScheme(LabFlowAuthenticationSchemes.Default, "Cookie or personal access token", options =>
                options.ForwardDefaultSelector = context => LabFlowAuthenticationSchemes.Select(context.Request.Headers.Authorization))
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenAuthenticationHandler>(LabFlowAuthenticationSchemes.Token, "Personal access token", null)
            .AddIdentityCookies();
        AddSingleSignOn(authentication, configuration);
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<LabFlowAuthenticationOptions>>((options, settings) =>
            {
                options.Cookie.Name = "LabFlow.Auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = settings.Value.CookieLifetime;
                options.SlidingExpiration = true;
                options.LoginPath = "/account/login";
                options.AccessDeniedPath = "/account/access-denied";
                ApiCookieEvents.Configure(options.Events);
                options.Events.OnValidatePrincipal = SessionValidator.ValidatePrincipalAsync;
            });

        services.AddAuthorization(LabFlowPolicies.Configure);
        services.AddRateLimiter(CredentialRateLimiting.Configure);
        return services;
    }

    /// <summary>
    /// OpenID Connect when <c>LabFlow:Authentication:Oidc:Authority</c> is set: authorization code with PKCE, the
    /// provider's identity landing in Identity's external cookie until <c>/api/v1/account/sso/complete</c> matches it
    /// to an account. Registered only when configured: the handler cannot be built without an authority.
    /// </summary>
    private static void AddSingleSignOn(AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var settings = configuration.GetSection(LabFlowAuthenticationOptions.SectionName).Get<LabFlowAuthenticationOptions>()?.Oidc;
        if (settings is not { IsEnabled: true })
        {
            return;
        }

        authentication.AddOpenIdConnect(LabFlowAuthenticationSchemes.OpenIdConnect, settings.DisplayName, options =>
        {
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.ResponseType = Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("profile");
            options.Scope.Add("email");
            // Keep the provider's claim names (sub, email, email_verified) rather than .NET's long URIs.
            options.MapInboundClaims = false;
            options.SaveTokens = false;
        });
    }

    /// <summary>Authentication, authorization and the rate limiter, in that order, after routing.</summary>
    public static WebApplication UseLabFlowIdentity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }
}
