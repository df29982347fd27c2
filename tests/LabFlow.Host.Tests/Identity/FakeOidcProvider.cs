using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LabFlow.Host.Tests.Identity;

/// <summary>
/// A minimal OpenID Connect provider on 127.0.0.1 for single sign-on tests: discovery, keys, an authorize endpoint
/// that signs in <see cref="NextUser"/> at once (answering with an auto-posting form), and a token endpoint that
/// returns a signed id token for the code.
/// </summary>
public sealed class FakeOidcProvider : IAsyncDisposable
{
    public const string ClientId = "labflow-test";
    public const string ClientSecret = "test-secret";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly ConcurrentDictionary<string, (string Nonce, FakeOidcUser User)> _codes = new();

    private FakeOidcProvider(WebApplication app, Uri authority)
    {
        _app = app;
        Authority = authority;
    }

    public Uri Authority { get; }

    /// <summary>Who the provider signs in on the next authorize request.</summary>
    public FakeOidcUser NextUser { get; set; } = new("subject-1", "someone@test.example", true);

    public static async Task<FakeOidcProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http1));
        var app = builder.Build();
        FakeOidcProvider? provider = null;
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(provider!.Discovery()));
        app.MapGet("/jwks", () => Results.Json(new { keys = new[] { JsonWebKeyConverter.ConvertFromRSASecurityKey(provider!._key) } }));
        app.MapGet("/authorize", (HttpRequest request) => provider!.Authorize(request));
        app.MapPost("/token", async (HttpRequest request) => await provider!.TokenAsync(request));
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        provider = new FakeOidcProvider(app, address);
        return provider;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private object Discovery() => new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = $"{Issuer}/authorize",
        ["token_endpoint"] = $"{Issuer}/token",
        ["jwks_uri"] = $"{Issuer}/jwks",
        ["response_types_supported"] = new[] { "code" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    };

    private string Issuer => Authority.ToString().TrimEnd('/');

    private IResult Authorize(HttpRequest request)
    {
        var code = Guid.NewGuid().ToString("N");
        _codes[code] = (request.Query["nonce"].ToString(), NextUser);
        var redirect = WebUtility.HtmlEncode(request.Query["redirect_uri"].ToString());
        var state = WebUtility.HtmlEncode(request.Query["state"].ToString());
        return Results.Content(
            $"""<form method="post" action="{redirect}"><input type="hidden" name="code" value="{code}"/><input type="hidden" name="state" value="{state}"/></form>""",
            "text/html");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (!_codes.TryRemove(form["code"].ToString(), out var grant))
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        }

        var now = DateTime.UtcNow;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", grant.User.Subject),
                new Claim("email", grant.User.Email),
                new Claim("email_verified", grant.User.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean),
                new Claim("nonce", grant.Nonce),
            ]),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
        return Results.Json(new Dictionary<string, object>
        {
            ["id_token"] = idToken,
            ["access_token"] = Guid.NewGuid().ToString("N"),
            ["token_type"] = "Bearer",
            ["expires_in"] = 300,
        });
    }
}

/// <summary>A person at the fake provider.</summary>
public sealed record FakeOidcUser(string Subject, string Email, bool EmailVerified);
