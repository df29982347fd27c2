using LabFlow.Host;
using LabFlow.Host.Api;
using LabFlow.Host.Infrastructure.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Bench;

/// <summary>
/// The real Host (Kestrel, SQLite under <c>dataPath</c>, Identity) on a free local port with the API's pipeline and
/// the endpoint groups a benchmark maps: the pages need static web assets that a benchmark's build does not have.
/// </summary>
internal static class BenchHost
{
    /// <param name="database">
    /// Null for SQLite under <paramref name="dataPath"/> with timers in memory; else the provider and connection
    /// string, with Hangfire's jobs in the same database as shipped.
    /// </param>
    /// <param name="settings">More command-line settings (<c>--Section:Key=value</c>) a benchmark needs.</param>
    public static Task<(WebApplication App, Uri Address)> StartAsync(
        string dataPath, string workflowsJson, Action<RouteGroupBuilder> mapApi, (string Provider, string? ConnectionString)? database = null, params string[] settings) =>
        StartAsync(dataPath, workflowsJson, mapApi, database, services: null, settings);

    /// <param name="services">Changes to the Host's services a benchmark makes (timing decorators), after the Host's own.</param>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(
        string dataPath,
        string workflowsJson,
        Action<RouteGroupBuilder> mapApi,
        (string Provider, string? ConnectionString)? database,
        Action<IServiceCollection>? services,
        params string[] settings)
    {
        var builder = WebApplication.CreateBuilder(
        [
            "--environment=Production",
            "--urls=http://127.0.0.1:0",
            $"--LabFlow:DataPath={dataPath}",
            $"--LabFlow:FlowsPath={workflowsJson}",
            .. database is null ? ["--LabFlow:Scheduling:Storage=InMemory"] : Array.Empty<string>(),
            .. database is { } db ? [$"--LabFlow:Database:Provider={db.Provider}"] : Array.Empty<string>(),
            .. database is { ConnectionString: { } connection } ? [$"--LabFlow:Database:ConnectionString={connection}"] : Array.Empty<string>(),
            "--LabFlow:PublicBaseUrl=http://127.0.0.1",
            "--LabFlow:Authentication:CredentialPermitLimit=100000",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ]);
        builder.AddLabFlow();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        if (!await app.PrepareLabFlowAsync(CancellationToken.None))
        {
            await app.DisposeAsync();
            throw new InvalidOperationException("The Host refused to start; its log says why.");
        }

        app.UseLabFlowApi();
        app.UseLabFlowIdentity();
        mapApi(app.MapGroup("/api/v1"));
        await app.StartAsync();
        return (app, new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()));
    }
}
