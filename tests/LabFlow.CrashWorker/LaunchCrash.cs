using System.Globalization;
using LabFlow.Activities.DependencyInjection;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.CrashWorker;

/// <summary>
/// The launch crash test's worker mode:
/// <code>dotnet LabFlow.CrashWorker.dll launch &lt;provider&gt; &lt;connection string&gt; &lt;labs&gt;</code>
/// Launches labs through <see cref="LabService.LaunchAsync"/> as a facilitator and prints "launched &lt;lab id&gt;" for
/// each that returned. The last launch stops inside its start burst's transaction, with every row written and the
/// COMMIT not yet sent, prints "committing &lt;lab id&gt;" and waits there for the kill: the point between the lab row
/// and its flow, where a launch that is two steps leaves a lab without an instance.
/// </summary>
internal static class LaunchCrash
{
    public const string Mode = "launch";

    public const string FlowId = "crash-launch";

    public static readonly Guid FacilitatorId = Guid.Parse("30000000-0000-0000-0000-000000000001");

    public static readonly string AdministrationId = PilotAdministrations.Grundskoleforvaltningen.Id;

    private const string Flow = """
        {
          "id": "crash-launch",
          "version": 1,
          "name": "Crash launch",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "kickoff", "type": "UserTask", "inputs": { "title": "Uppstartsworkshop", "assignee": { "role": "Facilitator" }, "due": { "daysAfterStart": 3 } } }
          ],
          "connections": [ { "from": "start", "to": "kickoff" } ]
        }
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Count != 3 || !int.TryParse(args[2], CultureInfo.InvariantCulture, out var labs) || labs < 1)
        {
            await Console.Error.WriteLineAsync("usage: LabFlow.CrashWorker launch <Sqlite|PostgreSql> <connection string> <labs (1 or more)>");
            return 2;
        }

        var hang = new HangInLaunchWriter(launchesBeforeHang: labs - 1);
        await using var provider = WorkerServices.Build(args[0], args[1], services =>
        {
            services.AddLabActivities();

            // Registered after the real writers, so it runs when every row of the burst has been added.
            services.AddScoped<IEfCoreEffectWriter>(_ => hang);
        });
        using var stop = new CancellationTokenSource();
        if (!await WorkerServices.PrepareAsync(provider, Flow, stop.Token))
        {
            return 1;
        }

        await using (var scope = provider.CreateAsyncScope())
        {
            var directory = scope.ServiceProvider.GetRequiredService<IDirectoryCommands>();
            await directory.SavePersonAsync(new Person(FacilitatorId, "Fia Facilitator", "fia.crash@example.se"), stop.Token);
            await directory.AddMembershipAsync(new Membership(FacilitatorId, AdministrationId, Role.Facilitator), stop.Token);
        }

        for (var i = 1; i <= labs; i++)
        {
            await using var scope = provider.CreateAsyncScope();
            var lab = await scope.ServiceProvider.GetRequiredService<LabService>().LaunchAsync(
                new LaunchLabRequest(
                    FlowId,
                    $"Krasch {i}",
                    AdministrationId,
                    "Hur kan vi starta ett labb som överlever en krasch?",
                    new DateOnly(2026, 2, 2),
                    [new LabMember(FacilitatorId, Role.Facilitator)]),
                FacilitatorId,
                stop.Token);
            Console.WriteLine($"launched {lab.Id}");
        }

        return 0;
    }

    /// <summary>
    /// Lets <c>launchesBeforeHang</c> start bursts commit; in the next one, once the last effect's rows are added,
    /// inserts them in the still open transaction, says so, and waits forever.
    /// </summary>
    private sealed class HangInLaunchWriter(int launchesBeforeHang) : IEfCoreEffectWriter
    {
        private int _launches;

        public bool CanWrite(IWorkflowEffect effect) => true;

        public async Task WriteAsync(LabFlowDbContext db, WorkflowCommit commit, IWorkflowEffect effect, EffectRows rows, CancellationToken cancellationToken)
        {
            // A start burst is the one that creates its instance (it read no concurrency token); the lab has its id.
            if (!ReferenceEquals(effect, commit.Effects[^1])
                || commit.ExpectedConcurrencyToken is not null
                || Interlocked.Increment(ref _launches) <= launchesBeforeHang)
            {
                return;
            }

            // The instance, its task, bookmark and journal (and the lab row, which the launch writes with them) are
            // now in the database, uncommitted.
            await using var connection = new WorkflowConnection(db);
            await rows.InsertAsync(db, connection, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            Console.WriteLine($"committing {commit.Instance.Id}");
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}
