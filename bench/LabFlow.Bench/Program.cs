using LabFlow.Bench;

// Benchmarks print figures; they assert nothing. Run in Release:
//   dotnet run -c Release --project bench/LabFlow.Bench -- [engine|compare|durable|load|designer|signin|lists|dashboard|all] [--labs N] [--people N] [--attendance N] [--rounds N] [--flows N] [--items N]
var scenario = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var labs = ReadInt(args, "--labs", 2000);
var rounds = ReadInt(args, "--rounds", 60);

Console.WriteLine($"LabFlow benchmarks: {Environment.ProcessorCount} cores, .NET {Environment.Version}, GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}");
if (scenario is "load" or "all")
{
    await FlowLoadingBenchmark.RunAsync(RepositoryFolders.WorkflowsJson());
}

if (scenario is "designer" or "all")
{
    await DesignerBenchmark.RunAsync(RepositoryFolders.WorkflowsJson());
}

if (scenario is "signin" or "all")
{
    await SignInBenchmark.RunAsync(RepositoryFolders.WorkflowsJson(), rounds);
}

if (scenario is "lists")
{
    // Not in "all": seeding a thousand labs takes a while; run it on its own.
    await ListsBenchmark.RunAsync(RepositoryFolders.WorkflowsJson(), ReadInt(args, "--labs", 1000));
}

if (scenario is "dashboard")
{
    // Not in "all": seeding 100 labs, 2,000 people and 20,000 attendance rows takes a while; run it on its own.
    await DashboardBenchmark.RunAsync(RepositoryFolders.WorkflowsJson(), ReadInt(args, "--labs", 100), ReadInt(args, "--people", 2000), ReadInt(args, "--attendance", 20000));
}

if (scenario is "engine" or "all")
{
    await EngineBenchmark.RunAsync(labs);
}

if (scenario is "durable" or "all")
{
    await DurableBenchmark.RunAsync(RepositoryFolders.WorkflowsJson(), ReadInt(args, "--items", 300));
}

if (scenario is "compare" or "all")
{
    await WorkflowCoreComparison.RunAsync(ReadInt(args, "--flows", 4000));
}

return 0;

static int ReadInt(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
}
