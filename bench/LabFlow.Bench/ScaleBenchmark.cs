using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using LabFlow.Activities.Dashboard;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Host.Components.Pages.MyTasks;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Bench;

/// <summary>
/// The lists at scale (issue 17): a few real labs of the shipped lab flow are launched through the Host, then copied
/// with bulk SQL (INSERT … SELECT over a numbers series, ids rewritten by the copy's number) until there are
/// <c>--labs</c> labs (100,000), each copy a minute older than the one before, with the templates' journals repeated
/// until there are at least <see cref="JournalPerLab"/> rows per lab (1,000,000) and up to <see cref="TasksPerLab"/>
/// tasks. People are Development's demo people in variants, a copy's tasks going to the variant of its number; the
/// number of variants is chosen so the coordinator of variant 0 has at least <see cref="CoordinatorOpenTasks"/> open
/// tasks (the issue asks for the person with the most, at least 500). Then the query plans of each measured call, and in
/// a fresh scope per call as a request has, p50/p95 of: <i>my tasks</i> for that coordinator, the lab list's first
/// page and a page deep in it for the facilitator (who sees every lab of the administration), a copied lab's page,
/// and the project dashboard for the administrator (every administration) and for the coordinator. SQLite, and
/// PostgreSQL when LABFLOW_TEST_POSTGRES is set. Prints the database size. A smaller <c>--labs</c> (such as 10,000)
/// gives a quick run with the same shape.
/// </summary>
internal static class ScaleBenchmark
{
    private const int Templates = 10;
    private const int MaxPersonVariants = 200;
    private const int CoordinatorOpenTasks = 600;
    private const int TasksPerLab = 8;
    private const int JournalPerLab = 10;
    private const int Rounds = 40;
    private const int SlowRounds = 10;
    private const int CopiesPerStatement = 500;

    /// <param name="keep">
    /// A folder the generated databases are kept in (SQLite's file under it, PostgreSQL's database by a fixed name), so a
    /// second run with the same folder and <paramref name="labs"/> skips the generation; empty for throw-away databases.
    /// </param>
    /// <param name="only">Comma-separated words: only the calls whose names contain one are planned and timed; empty for all.</param>
    public static async Task RunAsync(string workflowsJson, int labs, string providers, string keep, string only)
    {
        Console.WriteLine();
        Console.WriteLine($"Scale: {labs:N0} labs (copied with bulk SQL from {Templates}+ launched ones), about {JournalPerLab} journal rows and up to {TasksPerLab} tasks per lab; p50/p95 of {Rounds} calls ({SlowRounds} for a call slower than a second); load {File.ReadAllText("/proc/loadavg").Trim()}");
        if (providers is "sqlite" or "both")
        {
            await RunProviderAsync(workflowsJson, labs, "Sqlite", null, keep, only);
        }

        if (providers is "postgres" or "both")
        {
            if (keep.Length > 0 && Environment.GetEnvironmentVariable("LABFLOW_TEST_POSTGRES") is { Length: > 0 } postgres)
            {
                await KeptPostgresAsync(postgres, labs, keep);
                await RunProviderAsync(workflowsJson, labs, "PostgreSql", $"{postgres};Database={KeptDatabase(labs, keep)}", keep, only);
            }
            else
            {
                await BenchPostgres.RunOnFreshDatabaseAsync("labflow_bench_scale", connection => RunProviderAsync(workflowsJson, labs, "PostgreSql", connection, keep, only));
            }
        }
    }

    /// <summary>
    /// The kept PostgreSQL database belongs to one keep folder (its name in the database's name), so a new folder generates
    /// into a new database instead of copying onto another folder's rows.
    /// </summary>
    private static string KeptDatabase(int labs, string keep)
    {
        var folder = new string([.. Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(keep))).ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
        return string.Create(CultureInfo.InvariantCulture, $"labflow_bench_scale_keep_{labs}_{folder}");
    }

    private static async Task KeptPostgresAsync(string postgres, int labs, string keep)
    {
        var database = KeptDatabase(labs, keep);
        var marker = Path.Combine(keep, string.Create(CultureInfo.InvariantCulture, $"PostgreSql-{labs}"), "generated.txt");
        await using var connection = new Npgsql.NpgsqlConnection(postgres);
        await connection.OpenAsync();
        if (!File.Exists(marker))
        {
            // A generation that did not finish leaves no marker: start again on an empty database.
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\"", connection);
            await drop.ExecuteNonQueryAsync();
        }

        await using var exists = new Npgsql.NpgsqlCommand($"SELECT COUNT(*) FROM pg_database WHERE datname = '{database}'", connection);
        if ((long)(await exists.ExecuteScalarAsync())! == 0)
        {
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    private static async Task RunProviderAsync(string workflowsJson, int labs, string provider, string? connectionString, string keep, string only)
    {
        var dataPath = keep.Length > 0
            ? Directory.CreateDirectory(Path.Combine(keep, string.Create(CultureInfo.InvariantCulture, $"{provider}-{labs}"))).FullName
            : Directory.CreateTempSubdirectory("labflow-bench-scale-").FullName;
        // What a kept run generated: the number of copies and the first template's id (a copy's id is derived from it).
        var marker = Path.Combine(dataPath, "generated.txt");
        var kept = keep.Length > 0 && File.Exists(marker);
        try
        {
            if (provider == "Sqlite" && kept)
            {
                await DropSqliteStatisticsAsync(dataPath);
            }

            // LABFLOW_BENCH_BREAKDOWN=1: each timed call's wall time per store method and SQL command shape.
            var timings = Environment.GetEnvironmentVariable("LABFLOW_BENCH_BREAKDOWN") == "1" ? new CallTimings() : null;
            // LABFLOW_BENCH_JOBS=0: no Hangfire server in the Host. The copies' timers are all due at once (tens of
            // thousands of reminders a real lab flow would have sent over months), and working through them takes a
            // core or more during every timed call; without the server the calls are timed alone.
            var withoutJobs = Environment.GetEnvironmentVariable("LABFLOW_BENCH_JOBS") == "0";
            var (app, _) = await BenchHost.StartAsync(dataPath, workflowsJson, _ => { }, (provider, connectionString), services =>
            {
                if (withoutJobs)
                {
                    var hangfire = typeof(Hangfire.HangfireServiceCollectionExtensions).Assembly;
                    foreach (var server in services.Where(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService)
                        && d.ImplementationFactory?.Method.DeclaringType?.Assembly == hangfire).ToList())
                    {
                        services.Remove(server);
                    }
                }

                if (timings is not null)
                {
                    timings.Decorate<IDashboardStore>(services);
                    timings.Decorate<IStepAnswerReader>(services);
                    timings.Decorate<IDirectory>(services);
                    timings.Decorate<LabFlow.Workflows.Persistence.IWorkflowDefinitionStore>(services);
                }
            });
            await using var running = app;
            var services = app.Services;
            var generation = Stopwatch.StartNew();
            int copies;
            Guid template;
            if (kept)
            {
                var parts = (await File.ReadAllTextAsync(marker)).Split(' ');
                (copies, template) = (int.Parse(parts[0], CultureInfo.InvariantCulture), Guid.Parse(parts[1]));
                Console.WriteLine($"  {provider}: the kept database of {dataPath} (generated before)");
            }
            else
            {
                (copies, template) = await GenerateAsync(services, provider, labs, generation);
                if (keep.Length > 0)
                {
                    await File.WriteAllTextAsync(marker, string.Create(CultureInfo.InvariantCulture, $"{copies} {template}"));
                }
            }

            generation.Stop();
            var counts = await CountsAsync(services, provider == "Sqlite");
            var size = await SizeAsync(services, provider, dataPath);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {provider}: generated in {generation.Elapsed.TotalSeconds:N0} s; {counts}; database {size / 1024.0 / 1024:N0} MiB"));

            var facilitator = DemoData.For(Role.Facilitator).Id;
            var coordinator = DemoData.For(Role.Coordinator).Id;
            var admin = DemoData.For(Role.Admin).Id;

            // A copy from the middle of the list (the templates' own journals are not repeated).
            var copiedLab = Guid.Parse(string.Create(CultureInfo.InvariantCulture, $"{copies / 2:X8}{template.ToString("D")[8..]}"));
            var sqlite = provider == "Sqlite";
            string? deep = null;
            await using (var scope = services.CreateAsyncScope())
            {
                var list = scope.ServiceProvider.GetRequiredService<LabListService>();
                for (var page = 0; page < 40; page++)
                {
                    deep = (await list.ListAsync(facilitator, new LabListFilter(), deep, 25, CancellationToken.None)).Next;
                }
            }

            var calls = new (string Name, Func<IServiceProvider, Task> Call)[]
            {
                ("my tasks, coordinator (assigned, first page)", async s =>
                    await s.GetRequiredService<MyTasksService>().ListAsync(coordinator, new TaskListFilter(Assigned: true), null, MyTasksPage.PageSize, CancellationToken.None)),
                ("my tasks, coordinator (all, first page)", async s =>
                    await s.GetRequiredService<MyTasksService>().ListAsync(coordinator, new TaskListFilter(), null, MyTasksPage.PageSize, CancellationToken.None)),
                ("lab list, first page of 25", async s =>
                    await s.GetRequiredService<LabListService>().ListAsync(facilitator, new LabListFilter(), null, 25, CancellationToken.None)),
                ("lab list, page 41 (by cursor)", async s =>
                    await s.GetRequiredService<LabListService>().ListAsync(facilitator, new LabListFilter(), deep, 25, CancellationToken.None)),
                ("lab list, overdue only, first page", async s =>
                    await s.GetRequiredService<LabListService>().ListAsync(facilitator, new LabListFilter(Overdue: true), null, 25, CancellationToken.None)),
                ("a lab's page (a copy)", async s =>
                    await s.GetRequiredService<LabOverviewQuery>().LoadAsync(copiedLab, facilitator, holdsManagingRole: true, CancellationToken.None)),
                ("project dashboard, administrator", async s =>
                    await s.GetRequiredService<ProjectDashboardService>().GetAsync(admin, CancellationToken.None)),
                ("project dashboard, coordinator", async s =>
                    await s.GetRequiredService<ProjectDashboardService>().GetAsync(coordinator, CancellationToken.None)),
            };
            var words = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            calls = [.. calls.Where(c => words.Length == 0 || words.Any(w => c.Name.Contains(w, StringComparison.OrdinalIgnoreCase)))];
            if (Environment.GetEnvironmentVariable("LABFLOW_BENCH_PLANS") != "0")
            {
                foreach (var (name, call) in calls)
                {
                    await QueryPlans.PrintAsync($"{provider} {name}", services, sqlite, call);
                }
            }

            foreach (var (name, call) in calls)
            {
                await TimeAsync($"{provider} {name}", services, call, timings);
            }

            Console.WriteLine($"  load after {provider}: {File.ReadAllText("/proc/loadavg").Trim()}");
            await app.StopAsync();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                if (keep.Length == 0)
                {
                    Directory.Delete(dataPath, recursive: true);
                }
            }
            catch (IOException)
            {
                // A file still held open stays in the temporary folder.
            }
        }
    }

    /// <summary>Seeds the demo data, launches the templates and copies them; the stopwatch times the copying only.</summary>
    private static async Task<(int Copies, Guid FirstTemplate)> GenerateAsync(IServiceProvider services, string provider, int labs, Stopwatch generation)
    {
        var labIds = new List<Guid>();
        DateOnly today;
        await using (var scope = services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<DevelopmentSeeder>(scope.ServiceProvider).SeedAsync(CancellationToken.None);
            today = scope.ServiceProvider.GetRequiredService<LabCalendar>().DateOf(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
            var facilitatorId = DemoData.For(Role.Facilitator).Id;
            for (var i = 1; i < Templates; i++)
            {
                var lab = await scope.ServiceProvider.GetRequiredService<LabService>().LaunchAsync(HttpLoadBenchmark.Launch(i, today), facilitatorId, CancellationToken.None);
                labIds.Add(lab.Id);
            }
        }

        generation.Restart();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LabFlowDbContext>();
            var templates = (await QueryStringsAsync(db, "SELECT CAST(COUNT(*) AS TEXT) FROM \"Labs\""))[0];
            var copies = Math.Max(1, (labs / int.Parse(templates, CultureInfo.InvariantCulture)) - 1);
            await CopyAsync(db, provider, copies);

            // The templates' open tasks fall due on the day of the generation, so on that day none is overdue and the
            // dashboard's overdue count reads nothing; a day earlier they are overdue on the day of the run as on any
            // later day (74,997 tasks at 100,000 labs).
            await db.Database.ExecuteSqlAsync($"UPDATE \"Tasks\" SET \"Due\" = {today.AddDays(-1)} WHERE \"IsOpen\" AND \"Due\" = {today}");
            if (provider != "Sqlite")
            {
                // The update leaves 75,000 dead rows and the visibility map unset, so every index-only scan of Tasks
                // fetched each row from the heap (the overdue count: 105-140 ms instead of 20-40) until autovacuum came
                // by a minute later. Measured as autovacuum leaves a database, not in that minute.
                await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE) \"Tasks\"");
            }

            return (copies, labIds[0]);
        }
    }

    /// <summary>
    /// Copies the templates <paramref name="copies"/> times. Ids of labs, instances, tasks and bookmarks get the copy's
    /// number as their first 8 hex digits (so a copy's rows point at each other); people ids the variant's. A copy's
    /// labs and tasks are created its number of minutes before the template's, so the list's order has no ties to speak
    /// of, as in a real database. The journal rows are repeated (sequence numbers moved past the template's) until the
    /// templates have <see cref="JournalPerLab"/> rows per lab on average.
    /// </summary>
    private static async Task CopyAsync(LabFlowDbContext db, string provider, int copies)
    {
        var sqlite = provider == "Sqlite";
        var uuidColumns = sqlite ? new HashSet<(string, string)>() : await UuidColumnsAsync(db);
        string IdText(string column, string number)
        {
            var text = sqlite ? $"t.\"{column}\"" : $"t.\"{column}\"::text";
            var hex = sqlite ? $"printf('%08X', {number})" : $"lpad(to_hex({number}), 8, '0')";
            return $"{hex} || substr({text}, 9)";
        }

        string Id(string table, string column, string number)
        {
            var value = IdText(column, number);
            return uuidColumns.Contains((table, column)) ? $"({value})::uuid" : value;
        }

        // A task is read from its JSON document, which names its own id, lab, bookmark and assignee: they are rewritten
        // as the columns are (lower case, as the JSON writes ids), or every copy's task would still be the template's.
        string TaskData(IReadOnlyList<string> idColumns, IReadOnlyList<string> personColumns, int variants)
        {
            var data = "t.\"Data\"";
            var none = "'#none#'";
            foreach (var (column, number) in idColumns.Select(c => (c, "c.n")).Concat(personColumns.Select(c => (c, $"(c.n % {variants})"))))
            {
                var old = sqlite ? $"t.\"{column}\"" : $"t.\"{column}\"::text";
                data = $"replace({data}, COALESCE(lower({old}), {none}), COALESCE(lower({IdText(column, number)}), {none}))";
            }

            return data;
        }

        // Only the templates' rows are copied (later chunks must not copy earlier copies), a chunk of copies per
        // statement so no write transaction holds SQLite's lock for long (the Host's background services wait on it).
        var templateLabs = InList(await QueryStringsAsync(db, "SELECT CAST(\"Id\" AS TEXT) FROM \"Labs\""));
        var templateTasks = InList(await QueryStringsAsync(
            db, $"SELECT CAST(\"Id\" AS TEXT) FROM (SELECT \"Id\", ROW_NUMBER() OVER (PARTITION BY \"LabId\" ORDER BY \"IsOpen\" DESC, \"CreatedAt\", \"Id\") AS rn FROM \"Tasks\") k WHERE k.rn <= {TasksPerLab}"));
        var templateLabCount = (await QueryStringsAsync(db, "SELECT CAST(\"Id\" AS TEXT) FROM \"Labs\"")).Count;
        var coordinator = DemoData.For(Role.Coordinator).Id.ToString();
        var coordinatorOpen = int.Parse((await QueryStringsAsync(
            db, $"SELECT CAST(COUNT(*) AS TEXT) FROM \"Tasks\" t WHERE t.\"Id\" IN {templateTasks} AND t.\"IsOpen\" = {(sqlite ? "1" : "true")} AND {(sqlite ? "upper(t.\"AssigneeId\")" : "t.\"AssigneeId\"::text")} = '{(sqlite ? coordinator.ToUpperInvariant() : coordinator)}'"))[0], CultureInfo.InvariantCulture);
        var journalRows = int.Parse((await QueryStringsAsync(db, "SELECT CAST(COUNT(*) AS TEXT) FROM \"WorkflowJournal\""))[0], CultureInfo.InvariantCulture);
        var maxSequence = long.Parse((await QueryStringsAsync(db, "SELECT CAST(MAX(\"Sequence\") AS TEXT) FROM \"WorkflowJournal\""))[0], CultureInfo.InvariantCulture);
        var journalRepeats = Math.Max(1, (int)Math.Ceiling(JournalPerLab * templateLabCount / (double)Math.Max(1, journalRows)));

        // Variant 0 (the demo coordinator) gets every copy whose number is a multiple of the variant count.
        var personVariants = Math.Clamp(copies * coordinatorOpen / CoordinatorOpenTasks, 1, MaxPersonVariants);
        Console.WriteLine($"    templates: {templateLabCount} labs, {journalRows} journal rows (repeated {journalRepeats}×), coordinator's open tasks {coordinatorOpen}; {personVariants} people variants");
        var minute = sqlite ? "(c.n * 600000000)" : "(c.n * interval '1 minute')";
        async Task CopyTableAsync(string table, IReadOnlyList<string> idColumns, IReadOnlyList<string> personColumns, string where, int repeats = 1)
        {
            var columns = await ColumnsAsync(db, table, sqlite);
            var select = columns.Select(c =>
                idColumns.Contains(c) ? Id(table, c, "c.n")
                : personColumns.Contains(c) ? Id(table, c, $"(c.n % {personVariants})")
                : c == "CreatedAt" && table is "Labs" or "Tasks" ? $"t.\"CreatedAt\" - {minute}"
                : c == "Data" && table == "Tasks" ? TaskData(idColumns, personColumns, personVariants)
                : c == "Sequence" ? $"t.\"Sequence\" + r.k * {maxSequence}"
                : $"t.\"{c}\"");
            var stopwatch = Stopwatch.StartNew();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            var rows = 0;
            for (var first = 1; first <= copies; first += CopiesPerStatement)
            {
                var last = Math.Min(copies, first + CopiesPerStatement - 1);
                var numbers = sqlite
                    ? $"WITH RECURSIVE c(n) AS (SELECT {first} UNION ALL SELECT n + 1 FROM c WHERE n < {last}), r(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM r WHERE k < {repeats - 1}) "
                    : string.Empty;
                var from = sqlite ? "c CROSS JOIN r" : $"generate_series({first}, {last}) AS c(n) CROSS JOIN generate_series(0, {repeats - 1}) AS r(k)";
                var sql = $"{numbers}INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", select)} FROM \"{table}\" t CROSS JOIN {from} WHERE {where}";
                rows += await db.Database.ExecuteSqlRawAsync(sql);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {table,-24} {rows,10:N0} rows in {stopwatch.Elapsed.TotalSeconds,5:N1} s"));
        }

        string[] none = [];
        await CopyTableAsync("Labs", ["Id"], none, $"t.\"Id\" IN {templateLabs}");
        await CopyTableAsync("WorkflowInstances", ["Id"], none, $"t.\"Id\" IN {templateLabs}");
        await CopyTableAsync("WorkflowInstancePhases", ["InstanceId"], none, $"t.\"InstanceId\" IN {templateLabs}");
        await CopyTableAsync("Tasks", ["Id", "LabId", "BookmarkId"], ["AssigneeId"], $"t.\"Id\" IN {templateTasks}");
        await CopyTableAsync("TaskPeople", ["TaskId"], ["PersonId"], $"t.\"TaskId\" IN {templateTasks}");
        await CopyTableAsync("Bookmarks", ["Id", "InstanceId"], none, $"t.\"InstanceId\" IN {templateLabs} AND t.\"ConsumedAt\" IS NULL");
        await CopyTableAsync("WorkflowJournal", ["InstanceId"], none, $"t.\"InstanceId\" IN {templateLabs}", journalRepeats);

        // The people variants (and their memberships) the copies' tasks go to.
        var variants = sqlite
            ? $"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < {personVariants - 1}) "
            : string.Empty;
        var variantFrom = sqlite ? "c" : $"generate_series(1, {personVariants - 1}) AS c(n)";
        var personId = Id("People", "Id", "c.n");
        var concat = sqlite ? "t.\"Name\" || ' ' || c.n" : "t.\"Name\" || ' ' || c.n::text";
        var email = sqlite ? "c.n || '.' || t.\"Email\"" : "c.n::text || '.' || t.\"Email\"";
        var normalized = sqlite ? "c.n || '.' || t.\"NormalizedEmail\"" : "c.n::text || '.' || t.\"NormalizedEmail\"";
        var people = $"{variants}INSERT INTO \"People\" (\"Id\", \"Name\", \"Email\", \"NormalizedEmail\", \"Culture\", \"Active\") SELECT {personId}, {concat}, {email}, {normalized}, t.\"Culture\", t.\"Active\" FROM \"People\" t CROSS JOIN {variantFrom}";
        await db.Database.ExecuteSqlRawAsync(people);
        var memberships = $"{variants}INSERT INTO \"Memberships\" (\"PersonId\", \"AdministrationId\", \"Role\") SELECT {Id("Memberships", "PersonId", "c.n")}, t.\"AdministrationId\", t.\"Role\" FROM \"Memberships\" t CROSS JOIN {variantFrom}";
        await db.Database.ExecuteSqlRawAsync(memberships);

        // PostgreSQL analyses its tables by itself (autovacuum), so it plans with statistics as in production. SQLite
        // has none in production (LabFlow never runs ANALYZE), and ANALYZE of these copies (one administration, one
        // flow, one status for every lab) made its planner walk every lab for an administration without labs.
        if (!sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }

    /// <summary>
    /// Removes the statistics that earlier versions of the generation left in a kept SQLite database (see the end of
    /// <see cref="GenerateAsync"/>), so it is planned as a shipped database is. Before the Host starts: a connection
    /// already open keeps planning with the statistics it loaded.
    /// </summary>
    private static async Task DropSqliteStatisticsAsync(string dataPath)
    {
        var file = Path.Combine(dataPath, "labflow.db");
        if (!File.Exists(file))
        {
            return;
        }

        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'";
        if ((long)(await exists.ExecuteScalarAsync())! > 0)
        {
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE sqlite_stat1";
            await drop.ExecuteNonQueryAsync();
            Console.WriteLine("    dropped the kept database's statistics (sqlite_stat1): a shipped database has none");
        }
    }

    private static string InList(IEnumerable<string> ids) => $"({string.Join(", ", ids.Select(i => $"'{i}'"))})";

    private static async Task<List<string>> ColumnsAsync(LabFlowDbContext db, string table, bool sqlite)
    {
        var sql = sqlite
            ? $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid"
            : $"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}' ORDER BY ordinal_position";
        return await QueryStringsAsync(db, sql);
    }

    private static async Task<HashSet<(string, string)>> UuidColumnsAsync(LabFlowDbContext db)
    {
        var rows = await QueryStringsAsync(db, "SELECT table_name || '|' || column_name FROM information_schema.columns WHERE table_schema = current_schema() AND data_type = 'uuid'");
        return [.. rows.Select(r => r.Split('|')).Select(p => (p[0], p[1]))];
    }

    private static async Task<List<string>> QueryStringsAsync(LabFlowDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var values = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                values.Add(reader.GetString(0));
            }

            return values;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<string> CountsAsync(IServiceProvider services, bool sqlite)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabFlowDbContext>();
        var parts = new List<string>();
        foreach (var table in new[] { "Labs", "Tasks", "TaskPeople", "WorkflowJournal", "Bookmarks", "People" })
        {
            var count = (await QueryStringsAsync(db, $"SELECT CAST(COUNT(*) AS TEXT) FROM \"{table}\""))[0];
            parts.Add($"{table} {long.Parse(count, CultureInfo.InvariantCulture):N0}");
        }

        var open = (await QueryStringsAsync(db, $"SELECT CAST(COUNT(*) AS TEXT) FROM \"Tasks\" WHERE \"IsOpen\" = {(sqlite ? "1" : "true")} AND \"AssigneeId\" = '{DemoData.For(Role.Coordinator).Id.ToString().ToUpperInvariant()}'"))[0];
        parts.Add($"coordinator's open tasks {long.Parse(open, CultureInfo.InvariantCulture):N0}");
        return string.Join(", ", parts);
    }

    private static async Task<long> SizeAsync(IServiceProvider services, string provider, string dataPath)
    {
        if (provider == "Sqlite")
        {
            return Directory.EnumerateFiles(dataPath, "labflow.db*").Sum(f => new FileInfo(f).Length);
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LabFlowDbContext>();
        return long.Parse((await QueryStringsAsync(db, "SELECT CAST(pg_database_size(current_database()) AS TEXT)"))[0], CultureInfo.InvariantCulture);
    }

    private static async Task TimeAsync(string name, IServiceProvider services, Func<IServiceProvider, Task> call, CallTimings? timings)
    {
        using var sql = timings is null ? null : new SqlRecorder(timings);
        timings?.Reset();
        var times = new List<double>();
        var rounds = Rounds;
        // The Host's background jobs (Hangfire's workers on the copied labs' timers) use the CPU while nothing is
        // called: their rate in a pause before the calls is printed beside the CPU per call, which includes them.
        var idle = Process.GetCurrentProcess().TotalProcessorTime;
        var pause = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var background = (Process.GetCurrentProcess().TotalProcessorTime - idle) / pause.Elapsed;
        var cpu = TimeSpan.Zero;
        var measured = new Stopwatch();
        for (var round = 0; round < rounds + 3; round++)
        {
            if (round == 3)
            {
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
                measured.Start();
            }

            await using var scope = services.CreateAsyncScope();
            if (timings is not null)
            {
                timings.Active = round >= 3;
            }

            var stopwatch = Stopwatch.StartNew();
            await call(scope.ServiceProvider);
            stopwatch.Stop();
            if (timings is not null)
            {
                timings.Active = false;
            }

            if (round == 0 && stopwatch.Elapsed > TimeSpan.FromSeconds(1))
            {
                rounds = SlowRounds;
            }

            if (round >= 3)
            {
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        // The process's CPU per call (the database server's not), background jobs included: subtracting their idle
        // rate gave negative figures, as the rate changes while the calls run.
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var sorted = times.Order().ToArray();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {name,-56} p50 {sorted[(sorted.Length / 2) - 1],8:N1} ms   p95 {sorted[(int)Math.Ceiling(0.95 * sorted.Length) - 1],8:N1} ms   CPU {cpu.TotalMilliseconds / times.Count,6:N1} ms a call over {measured.Elapsed.TotalMilliseconds / times.Count:N0} ms (idle Host: {background * 100:N0} % of a core)"));
        timings?.Print(times.Count, "call");
    }
}
