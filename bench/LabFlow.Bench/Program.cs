using LabFlow.Bench;

// Benchmarks print figures; they assert nothing. Run in Release:
//   dotnet run -c Release --project bench/LabFlow.Bench -- [engine|compare|durable|http|scale|memory|load|designer|designer-browser|signin|lists|statistics|dashboard|push|wal-pages|state-json|email|all] [--labs N] [--people N] [--attendance N] [--rounds N] [--flows N] [--items N]
var scenario = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
if (scenario == "serve")
{
    // The server process the HTTP load benchmark starts (HttpLoadServer); not for direct use.
    var connection = Environment.GetEnvironmentVariable("LABFLOW_BENCH_CONNECTION");
    await HttpLoadServer.RunAsync(ReadString(args, "--flows-json", RepositoryFolders.WorkflowsJson()), ReadString(args, "--provider", "Sqlite"), string.IsNullOrEmpty(connection) ? null : connection);
    return 0;
}

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

if (scenario is "designer-browser")
{
    // Not in "all": starts the Host's own build and Chromium (Debian's, as the browser tests use it).
    await DesignerBrowserBenchmark.RunAsync(RepositoryFolders.WorkflowsJson());
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

if (scenario is "http")
{
    // Not in "all": several minutes per provider. --providers sqlite|postgres|both (default both); --clients 32 runs
    // only that level of launches and completions (default 1,8,32), for a profile of one level; --warm-up 20 runs each
    // warming level's clients 20 s before it is measured (default 0: 20 requests one at a time).
    await HttpLoadBenchmark.RunAsync(
        RepositoryFolders.WorkflowsJson(),
        ReadInt(args, "--seconds", 60),
        ReadString(args, "--providers", "both"),
        ReadString(args, "--phases", "labs,launch,complete"),
        [.. ReadString(args, "--clients", "1,8,32").Split(',').Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture))],
        ReadInt(args, "--warm-up", 0));
}

if (scenario is "completion-profile")
{
    // Not in "all": where a task completion's server time goes (SQL by shape, stores, runtime, outbox, allocations).
    await CompletionProfileBenchmark.RunAsync(RepositoryFolders.WorkflowsJson(), ReadInt(args, "--items", 200));
}

if (scenario is "state-json")
{
    // Not in "all": a lab's state document written and read, the hand-written path against the reflection serializer.
    StateJsonBenchmark.Run(ReadInt(args, "--operations", 20000));
}

if (scenario is "email")
{
    // Not in "all": one email's render, MIME build and pickup write, CPU and allocations (issue 17).
    await EmailCostBenchmark.RunAsync(ReadInt(args, "--emails", 2000));
}

if (scenario is "scale")
{
    // Not in "all": generating 100,000 labs takes minutes per provider. --providers sqlite|postgres|both; --keep DIR keeps
    // the generated databases for the next run; --calls a,b times only the calls whose names contain one of the words.
    await ScaleBenchmark.RunAsync(RepositoryFolders.WorkflowsJson(), ReadInt(args, "--labs", 100_000), ReadString(args, "--providers", "both"), ReadString(args, "--keep", string.Empty), ReadString(args, "--calls", string.Empty));
}

if (scenario is "memory")
{
    // Not in "all": starts and resumes 10,000 labs on SQLite.
    await MemoryBenchmark.RunAsync(RepositoryFolders.WorkflowsJson(), ReadInt(args, "--labs", 10_000));
}

if (scenario is "statistics")
{
    // Not in "all": seeding the labs takes a while; run it on its own.
    await StatisticsBenchmark.RunAsync(RepositoryFolders.WorkflowsJson(), ReadInt(args, "--labs", 300));
}

if (scenario is "dashboard")
{
    // Not in "all": seeding 100 labs, 2,000 people and 20,000 attendance rows takes a while; run it on its own.
    await DashboardBenchmark.RunAsync(RepositoryFolders.WorkflowsJson(), ReadInt(args, "--labs", 100), ReadInt(args, "--people", 2000), ReadInt(args, "--attendance", 20000));
}

if (scenario is "push")
{
    // Not in "all": starts three Hosts, two of them on PostgreSQL (LABFLOW_TEST_POSTGRES). --items ideas (default 300).
    await PushLatencyBenchmark.RunAsync(RepositoryFolders.WorkflowsJson(), ReadInt(args, "--items", 300));
}

if (scenario is "engine" or "all")
{
    await EngineBenchmark.RunAsync(labs);
}

if (scenario is "durable" or "all")
{
    await DurableBenchmark.RunAsync(RepositoryFolders.WorkflowsJson(), ReadInt(args, "--items", 300));
}

if (scenario is "wal-pages")
{
    // Not in "all": copies databases for scripts/wal-pages.py to count pages per transaction.
    await WalPagesBenchmark.RunAsync(RepositoryFolders.WorkflowsJson(), ReadInt(args, "--items", 100), ReadString(args, "--keep", "/tmp/labflow-wal-pages"));
}

if (scenario is "compare" or "all")
{
    await WorkflowCoreComparison.RunAsync(ReadInt(args, "--flows", 4000));
}

return 0;

static string ReadString(string[] args, string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

static int ReadInt(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
}
