using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using LabFlow.Workflows.Execution;

namespace LabFlow.Bench;

/// <summary>
/// A lab's state document written (commit) and read (resume), by <see cref="WorkflowStateSerializer"/> and by the
/// reflection serializer with the same options (what it used before issue 17's session 17), alternating, three rounds:
/// process CPU and allocations per write and per read, for the durable benchmark's small state and a larger one.
/// </summary>
internal static class StateJsonBenchmark
{
    private static readonly JsonSerializerOptions ReflectionOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Run(int operations)
    {
        Console.WriteLine();
        Console.WriteLine($"State JSON: {operations} writes and reads per step, three rounds; load {File.ReadAllText("/proc/loadavg").Trim()}");
        foreach (var (name, state) in new[] { ("human-task state", SmallState()), ("shipped-flow-sized state", LargerState()) })
        {
            var json = WorkflowStateSerializer.Serialize(state);
            var parsed = WorkflowStateSerializer.Deserialize(json);
            Console.WriteLine($"  {name}: {json.Length} characters");
            for (var round = 0; round < 3; round++)
            {
                Measure("write, reflection serializer", operations, () => JsonSerializer.Serialize(parsed, ReflectionOptions));
                Measure("write, WorkflowStateSerializer", operations, () => WorkflowStateSerializer.Serialize(parsed));
                Measure("read, reflection serializer", operations, () => JsonSerializer.Deserialize<WorkflowState>(json, ReflectionOptions));
                Measure("read, WorkflowStateSerializer", operations, () => WorkflowStateSerializer.Deserialize(json));
            }
        }
    }

    // What the durable benchmark's human-task flow holds while it waits.
    private static WorkflowState SmallState() => new()
    {
        Variables = new JsonObject { ["n"] = 1 },
        LabContext = new JsonObject { ["key"] = "durable-1" },
        Tokens = [new TokenState(Guid.NewGuid(), "wait", TokenStatus.Waiting, "a1:Done->wait")],
        JournalSequence = 6,
    };

    // About the size of a shipped lab's state a few tasks in: its inputs, two forms' answers, a join.
    private static WorkflowState LargerState()
    {
        var outputs = new JsonObject();
        for (var task = 1; task <= 4; task++)
        {
            outputs[$"task{task}"] = new JsonObject
            {
                ["outcome"] = "Klar",
                ["completedBy"] = Guid.NewGuid().ToString(),
                ["notes"] = "Vi intervjuade sex medarbetare om rekryteringen och sammanfattade svaren.",
                ["attendance"] = 12,
                ["choices"] = new JsonArray("a", "b", "c"),
            };
        }

        return new WorkflowState
        {
            Inputs = new JsonObject { ["challenge"] = "Jämlik rekrytering", ["administration"] = "Social resursförvaltning", ["startDate"] = "2026-02-02" },
            Variables = new JsonObject { ["round"] = 2, ["approved"] = true },
            Outputs = outputs,
            LabContext = new JsonObject { ["startDate"] = "2026-02-02", ["title"] = "Jämlik rekrytering", ["facilitator"] = Guid.NewGuid().ToString() },
            Tokens = [new TokenState(Guid.NewGuid(), "interview", TokenStatus.Waiting, "plan:Done->interview"), new TokenState(Guid.NewGuid(), "survey", TokenStatus.Waiting, "plan:Done->survey")],
            Joins = new() { ["together"] = new JoinState { Arrived = ["observe:Done->together"] } },
            JournalSequence = 57,
        };
    }

    private static void Measure(string name, int operations, Func<object?> operation)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < operations; i++)
        {
            operation();
        }

        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"    {name,-32} {cpu.TotalMilliseconds * 1000 / operations,7:N2} µs process CPU, {allocated / 1024.0 / operations,6:N2} KiB allocated per operation"));
    }
}
