// Runs bursts against a SQLite file until it is killed: the crash test's other process.
//
//   dotnet LabFlow.CrashWorker.dll <database file> <labs>
//
// Prints "started <lab id>" for every lab, then "committed <lab id> <count>" each time a resume of that lab has
// returned (its burst committed). The test kills the process at a random moment and checks the database.
// The "launch" mode (LaunchCrash) launches labs and is killed inside a launch's start burst.
using System.Globalization;
using LabFlow.CrashWorker;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

if (args is [LaunchCrash.Mode, .. var launchArgs])
{
    return await LaunchCrash.RunAsync(launchArgs);
}

if (args.Length != 2 || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var labs))
{
    await Console.Error.WriteLineAsync("usage: LabFlow.CrashWorker <database file> <labs>");
    return 2;
}

await using var provider = WorkerServices.Build(DatabaseProviders.Sqlite, $"Data Source={args[0]}");
using var stop = new CancellationTokenSource();
if (!await WorkerServices.PrepareAsync(provider, CrashFlow.Json, stop.Token))
{
    return 1;
}

var started = new List<Guid>();
for (var i = 0; i < labs; i++)
{
    await using var scope = provider.CreateAsyncScope();
    var result = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>()
        .StartAsync(new StartWorkflowRequest(CrashFlow.Id), stop.Token);
    started.Add(result.InstanceId);
    Console.WriteLine($"started {result.InstanceId}");
}

// Every lab goes on in its own loop, so bursts of many labs are in flight when the kill comes.
await Task.WhenAll(started.Select(lab => Task.Run(async () =>
{
    for (var count = 1; !stop.IsCancellationRequested; count++)
    {
        await using var scope = provider.CreateAsyncScope();
        var bookmarks = await scope.ServiceProvider.GetRequiredService<IBookmarkStore>().ListByInstanceAsync(lab, stop.Token);
        var result = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>()
            .ResumeAsync(bookmarks.Single().Id, ResumePayload.System(), stop.Token);
        if (result.Outcome != ResumeOutcome.Resumed)
        {
            throw new InvalidOperationException(result.Message);
        }

        Console.WriteLine($"committed {lab} {count}");
    }
})));
return 0;
