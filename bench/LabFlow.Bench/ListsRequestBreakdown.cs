using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Host.Infrastructure.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LabFlow.Bench;

/// <summary>
/// Where one list request's server work goes, one client at a time (no queueing): the whole request over HTTP with
/// the cookie and with a personal access token, GET /api/v1/account/me (sign-in check, routing, authorization and a
/// small JSON answer without the list), the list's service call alone in a fresh scope (its SQL, the caller's
/// memberships and the mapping), the cookie check's own database read (the account and its security stamp), and the
/// answer's JSON serialisation. Medians of <see cref="Rounds"/>; the rest of a request is the pipeline.
/// </summary>
internal static class ListsRequestBreakdown
{
    private const int Rounds = 200;
    private const int WarmUp = 20;

    public static async Task PrintAsync(
        WebApplication app, Uri address, string email, string password, Guid personId, string path, Func<IServiceProvider, Task<object>> answer)
    {
        using var handler = new HttpClientHandler { UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = address };
        using (var login = await client.PostAsJsonAsync("/api/v1/account/login", new { email, password }))
        {
            login.EnsureSuccessStatusCode();
        }

        using var tokenClient = new HttpClient { BaseAddress = address };
        tokenClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await CreateTokenAsync(app.Services, personId));
        var json = app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var sample = await InScopeAsync(app.Services, answer);
        var serialised = JsonSerializer.SerializeToUtf8Bytes(sample, sample.GetType(), json);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Breakdown of {path}, one client, median of {Rounds} ({serialised.Length / 1024.0:N1} KiB answer):"));
        var (whole, cpu) = await TimeAsync(async () => await GetAsync(client, path));
        Print("whole request, cookie", whole, $"(process CPU {cpu:N2} ms per request, client included)");
        Print("whole request, personal access token", (await TimeAsync(async () => await GetAsync(tokenClient, path))).Median);
        Print("GET /api/v1/account/me, cookie", (await TimeAsync(async () => await GetAsync(client, "/api/v1/account/me"))).Median);
        Print("GET /api/v1/account/me, token", (await TimeAsync(async () => await GetAsync(tokenClient, "/api/v1/account/me"))).Median);
        Print("the service call alone (fresh scope)", (await TimeAsync(async () => await InScopeAsync(app.Services, answer))).Median);
        Print("cookie check's account read", (await TimeAsync(async () =>
            await InScopeAsync(app.Services, async services =>
                (object?)await services.GetRequiredService<UserManager<LabFlowUser>>().FindByIdAsync(personId.ToString()) ?? "")))
            .Median);
        Print("JSON serialisation of the answer", (await TimeAsync(() =>
        {
            _ = JsonSerializer.SerializeToUtf8Bytes(sample, sample.GetType(), json);
            return Task.CompletedTask;
        })).Median);
    }

    private static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
    }

    private static async Task<T> InScopeAsync<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private static async Task<string> CreateTokenAsync(IServiceProvider services, Guid personId)
    {
        await using var scope = services.CreateAsyncScope();
        var (created, result) = await scope.ServiceProvider.GetRequiredService<PersonalAccessTokenService>()
            .CreateAsync(personId, "bench", null, CancellationToken.None);
        return created?.Token ?? throw new InvalidOperationException($"No token: {result}");
    }

    /// <summary>The median time of <paramref name="action"/> and the process's CPU per call.</summary>
    private static async Task<(double Median, double CpuMilliseconds)> TimeAsync(Func<Task> action)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            await action();
        }

        var times = new double[Rounds];
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < Rounds; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await action();
            times[i] = stopwatch.Elapsed.TotalMilliseconds;
        }

        process.Refresh();
        Array.Sort(times);
        return (times[Rounds / 2], (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / Rounds);
    }

    private static void Print(string what, double median, string note = "") =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {what,-44} {median,7:N2} ms {note}"));
}
