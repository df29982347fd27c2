using System.Security.Claims;
using LabFlow.Host.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LabFlow.Host.Tests.Scheduling;

/// <summary>
/// LabFlow's real composition (<c>AddLabFlow</c>, <c>MapLabFlowEndpoints</c>) on a test server in a temporary
/// folder, with Hangfire in memory. A request's <see cref="RolesHeader"/> signs it in with those roles, standing in
/// for the authentication that comes later.
/// </summary>
internal sealed class LabFlowTestApp : IAsyncDisposable
{
    public const string RolesHeader = "X-Test-Roles";

    private readonly string _folder = Directory.CreateTempSubdirectory("labflow-app-").FullName;

    public LabFlowTestApp(IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The Host's name, as in production: the UI's static assets are found through a manifest named after it.
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            ContentRootPath = _folder,
            EnvironmentName = "Development",
        });
        builder.WebHost.UseTestServer();
        var configuration = new Dictionary<string, string?>
        {
            ["LabFlow:DataPath"] = Path.Combine(_folder, "data"),
            ["LabFlow:Scheduling:Storage"] = "InMemory",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        // Hangfire's log provider is process-wide and the last host to start wins: with a logger factory that a host
        // disposes, another host's Hangfire would fail creating loggers after the first is gone. One host per process
        // in production; here a factory that is never disposed.
        builder.Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        builder.AddLabFlow();
        App = builder.Build();
        App.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue(RolesHeader, out var roles))
            {
                var claims = roles.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries)
                    .Select(role => new Claim(ClaimTypes.Role, role))
                    .Append(new Claim(ClaimTypes.Name, "test-user"));
                context.User = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
            }

            return next(context);
        });
        App.MapLabFlowEndpoints();
    }

    public WebApplication App { get; }

    /// <summary>Creates the database, as start-up does before the server starts (pages need the data-protection keys).</summary>
    public async Task MigrateAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None));
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
