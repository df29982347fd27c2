using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain.Labs;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using LabFlow.Host.Tests.Identity;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>
/// A separate process (tests/LabFlow.CrashWorker, mode <c>launch</c>) launches labs and is killed (SIGKILL) inside the
/// last launch, with its lab row, instance and task written and the COMMIT not sent. Afterwards a Host on the same
/// database finds no lab without its flow: the killed launch left nothing, the others are listed and answer 200.
/// </summary>
public abstract class LaunchCrashTests : IAsyncLifetime
{
    private const int Launches = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private TestDatabase? _database;

    protected abstract string Provider { get; }

    private TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(Provider);

    [DatabaseFact]
    public async Task Restart_FindsNoLabWithoutItsFlow_WhenALaunchWasKilledBeforeItsCommit()
    {
        var (launched, killed) = await LaunchAndKillAsync();
        await using var host = new HostOnDatabase(Database);
        using var client = await host.CreateClientForRoleAsync(Role.Facilitator);

        var listed = await ListedLabIdsAsync(client);
        var (labRows, instanceRows, killedRows) = await RowsAsync(host, killed);

        Assert.Equal(Launches - 1, launched.Count);
        Assert.Empty(labRows.Except(instanceRows));
        Assert.Equal(0, killedRows);
        Assert.DoesNotContain(killed, listed);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/labs/{killed}")).StatusCode);
        foreach (var lab in launched)
        {
            Assert.Contains(lab, labRows);
            Assert.Contains(lab, listed);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/labs/{lab}")).StatusCode);
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Runs the worker until the last launch hangs before its commit, kills it, and returns the labs it launched and the one it was killed in.</summary>
    private async Task<(IReadOnlyList<Guid> Launched, Guid Killed)> LaunchAndKillAsync()
    {
        using var worker = CrashWorkerProcess.Start(
            "launch", Database.Provider, Database.ConnectionString, Launches.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var committing = await worker.WaitForLineAsync("committing ", Timeout);

        // SIGKILL: no roll-back from the worker, the database has to undo the open transaction on its own.
        worker.Kill();
        var launched = worker.Lines.Where(l => l.StartsWith("launched ", StringComparison.Ordinal)).Select(l => Guid.Parse(l["launched ".Length..])).ToList();
        return (launched, Guid.Parse(committing["committing ".Length..]));
    }

    private static async Task<IReadOnlyList<Guid>> ListedLabIdsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/labs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var labs = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. labs.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("id").GetGuid())];
    }

    /// <summary>Every lab row, every instance row, and how many rows of any kind the killed launch left.</summary>
    private static async Task<(IReadOnlyList<Guid> Labs, IReadOnlyList<Guid> Instances, int KilledRows)> RowsAsync(LabFlowApiFactory host, Guid killed)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabFlowDbContext>();
        var labs = await db.Set<LabRow>().Select(l => l.Id).ToListAsync();
        var instances = await db.Instances.Select(i => i.Id).ToListAsync();
        var killedRows = await db.Set<LabRow>().CountAsync(l => l.Id == killed)
            + await db.Instances.CountAsync(i => i.Id == killed)
            + await db.Set<TaskRow>().CountAsync(t => t.LabId == killed)
            + await db.Bookmarks.CountAsync(b => b.InstanceId == killed)
            + await db.Journal.CountAsync(j => j.InstanceId == killed);
        return (labs, instances, killedRows);
    }

    /// <summary>The Host in-process on the test's database: the restart after the crash.</summary>
    private sealed class HostOnDatabase(TestDatabase database) : LabFlowApiFactory(new Dictionary<string, string?>(database.Settings));
}
