using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Api.Account;
using LabFlow.Host.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Bench;

/// <summary>
/// The four ways a sign-in fails (unknown email, wrong password, locked account, inactive person), timed through
/// the real Host (Kestrel, SQLite, Identity) over HTTP, interleaved so that noise falls on all four alike. Prints
/// each path's median answer time and the ratio of the slowest median to the fastest: near 1 means the answer time
/// does not tell whether an account exists.
/// </summary>
internal static class SignInBenchmark
{
    private const string Password = "correct horse battery staple";

    public static async Task RunAsync(string workflowsJson, int rounds)
    {
        var dataPath = Directory.CreateTempSubdirectory("labflow-bench-signin-").FullName;
        try
        {
            var (app, uri) = await BenchHost.StartAsync(dataPath, workflowsJson, api => api.MapAccountApi());
            await using var running = app;
            var address = uri.ToString();

            var wrong = await CreatePersonAsync(app.Services, "Wanda Wrong", active: true);
            var locked = await CreatePersonAsync(app.Services, "Lotta Locked", active: true);
            var inactive = await CreatePersonAsync(app.Services, "Ivar Inactive", active: false);
            await InScopeAsync(app.Services, async users =>
            {
                var user = await users.FindByIdAsync(locked.ToString());
                await users.SetLockoutEndDateAsync(user!, TimeProvider.System.GetUtcNow().AddDays(1));
            });

            var paths = new (string Name, string Email, string Password)[]
            {
                ("unknown email", "nobody@bench.example", Password),
                ("wrong password", Email(wrong), "not the password at all"),
                ("locked account", Email(locked), Password),
                ("inactive person", Email(inactive), Password),
            };

            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var times = paths.Select(_ => new List<double>()).ToArray();
            const int warmUp = 5;
            for (var round = 0; round < warmUp + rounds; round++)
            {
                for (var i = 0; i < paths.Length; i++)
                {
                    var elapsed = await TimeSignInAsync(client, paths[i].Email, paths[i].Password);
                    if (round >= warmUp)
                    {
                        times[i].Add(elapsed.TotalMilliseconds);
                    }
                }

                // Five wrong passwords would lock the account and turn this path into the locked one: reset its count
                // outside the timed request.
                await InScopeAsync(app.Services, async users => await users.ResetAccessFailedCountAsync((await users.FindByIdAsync(wrong.ToString()))!));
            }

            await app.StopAsync();
            Console.WriteLine($"Sign-in failures: {rounds} requests per path over HTTP to the Host on SQLite, interleaved (median answer time)");
            var medians = times.Select(Median).ToArray();
            for (var i = 0; i < paths.Length; i++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {paths[i].Name,-16} {medians[i],8:N1} ms"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slowest / fastest median: {medians.Max() / medians.Min():N2}"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    private static string Email(Guid personId) => $"person.{personId:N}@bench.example";

    private static async Task<Guid> CreatePersonAsync(IServiceProvider services, string name, bool active)
    {
        var id = Guid.NewGuid();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDirectoryCommands>().SavePersonAsync(new Person(id, name, Email(id), "sv", active), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IDirectoryCommands>().AddMembershipAsync(new Membership(id, "grundskoleforvaltningen", Role.Coordinator), CancellationToken.None);
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<LabFlowUser>>().CreateAsync(new LabFlowUser(id, Email(id)), Password);
        return created.Succeeded ? id : throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
    }

    private static async Task InScopeAsync(IServiceProvider services, Func<UserManager<LabFlowUser>, Task> action)
    {
        await using var scope = services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<UserManager<LabFlowUser>>());
    }

    private static async Task<TimeSpan> TimeSignInAsync(HttpClient client, string email, string password)
    {
        var stopwatch = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync("/api/v1/account/login", new { email, password });
        stopwatch.Stop();
        return response.StatusCode == HttpStatusCode.Unauthorized
            ? stopwatch.Elapsed
            : throw new InvalidOperationException($"A failing sign-in as {email} answered {(int)response.StatusCode}; the benchmark's set-up is wrong.");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
