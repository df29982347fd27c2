using LabFlow.Host.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Seeding;

/// <summary>What a first start does beyond migrating: seed the Development demo, and say how to sign in.</summary>
internal static partial class FirstRunHostingExtensions
{
    public static IServiceCollection AddLabFlowSeeding(this IServiceCollection services)
    {
        services.AddScoped<DevelopmentSeeder>();
        services.AddScoped<DemoLabSeeder>();
        return services;
    }

    /// <summary>
    /// Seeds the demo data in Development only; elsewhere LabFlow starts empty. Demo data is a convenience: when it
    /// cannot be seeded, LabFlow says why and starts without it rather than not at all.
    /// </summary>
    public static async Task SeedAsync(this WebApplication app, IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        if (!app.Environment.IsDevelopment())
        {
            return;
        }

        try
        {
            await scopedServices.GetRequiredService<DevelopmentSeeder>().SeedAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSeedingFailed(app.Logger, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The Development demo data could not be seeded, so LabFlow starts without it: {Reason}")]
    private static partial void LogSeedingFailed(ILogger logger, string reason);

    /// <summary>Once the server listens, prints its address and how to sign in (the demo accounts in Development).</summary>
    public static WebApplication PrintSignInHelpWhenStarted(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
            var lines = new List<string> { string.Empty, $"LabFlow is running at {address}" };
            if (app.Environment.IsDevelopment())
            {
                lines.Add($"Demo accounts (Development only), all with the password {DemoData.Password}:");
                lines.AddRange(DemoData.People.Select(p => $"  {p.Role,-13} {p.Email}"));
                lines.Add($"Sign in with a browser: {address}/account/login");
                lines.Add($"Or over the API: POST {address}/api/v1/account/login with {{\"email\": \"{DemoData.For(Activities.Organisation.Role.Facilitator).Email}\", \"password\": \"{DemoData.Password}\"}}");
                lines.Add($"API reference: {address}/api/reference");
            }
            else if (!HasUsers(app))
            {
                lines.Add("No one can sign in yet. Create the first administrator:");
                lines.Add("  dotnet run --project src/Host -- create-admin --email you@example.org --name \"Your Name\"");
            }

            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
        return app;
    }

    private static bool HasUsers(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<UserManager<LabFlowUser>>().Users.AsNoTracking().Any();
    }
}
