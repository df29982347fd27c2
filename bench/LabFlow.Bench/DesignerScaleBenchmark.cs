using System.Globalization;
using System.Text;
using LabFlow.Host.Components.Flows;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Expressions;

namespace LabFlow.Bench;

/// <summary>
/// The designer's model on a generated flow of 200 activities (six phases, tasks with an assignee, a due date and a
/// form) and 250 connections, five times the largest shipped flow: open (flow → diagram), one edit (an activity's
/// inputs), one drag (a node moved), the undo record after an edit, automatic layout, validation and save
/// (diagram → JSON). The browser's own render is not in these figures.
/// </summary>
internal static class DesignerScaleBenchmark
{
    private const int Activities = 200;
    private const int Connections = 250;
    private const int Rounds = 20;

    /// <summary>Runs on the registry and expression evaluator of <see cref="DesignerBenchmark"/>.</summary>
    public static async Task RunAsync(IActivityRegistry registry, IExpressionEvaluator expressions)
    {
        Console.WriteLine();
        Console.WriteLine($"Designer model at scale: a generated flow of {Activities} activities and {Connections} connections ({Rounds} rounds each)");
        var loader = new WorkflowDefinitionLoader(registry, expressions);
        var json = Generate();
        var loaded = loader.Load("generated.json", json);
        if (!loaded.IsValid)
        {
            throw new InvalidOperationException("The generated flow does not load: " + string.Join(Environment.NewLine, loaded.Errors));
        }

        var definition = loaded.Definition!;
        Console.WriteLine($"  {definition.Activities.Count} activities, {definition.Connections.Count} connections, {json.Length / 1024} KiB of JSON");

        Report("open", await Measurement.OfAsync(() => Repeat(() => FlowDiagramMapper.ToDiagram(definition, registry))));

        var flow = FlowDiagramMapper.ToDiagram(definition, registry);
        var nodes = flow.Activities.ToList();
        var edited = nodes[Activities / 2];
        var round = 0;
        Report("edit", await Measurement.OfAsync(() => Repeat(() =>
        {
            var inputs = edited.Activity.Inputs!.DeepClone().AsObject();
            inputs["title"] = $"Ändrad rubrik {round++}";
            flow.Update(edited, edited.Activity with { Inputs = inputs });
        })));
        Report("drag", await Measurement.OfAsync(() => Repeat(() => flow.Move(edited, edited.Position.X + 5, edited.Position.Y + 3))));
        var history = new FlowEditHistory(FlowDiagramMapper.ToDefinition(flow));
        Report("undo record", await Measurement.OfAsync(() => Repeat(() => history.Record(FlowDiagramMapper.ToDefinition(flow)))));
        Report("arrange", await Measurement.OfAsync(() => Repeat(flow.ArrangeByPhase)));
        Report("validate", await Measurement.OfAsync(() => Repeat(() => loader.Load("generated.json", WorkflowDefinitionSerializer.Serialize(FlowDiagramMapper.ToDefinition(flow))))));
        Report("save", await Measurement.OfAsync(() => Repeat(() => WorkflowDefinitionSerializer.Serialize(FlowDiagramMapper.ToDefinition(flow)))));
    }

    private static Task Repeat(Action action)
    {
        for (var i = 0; i < Rounds; i++)
        {
            action();
        }

        return Task.CompletedTask;
    }

    private static void Report(string what, Measurement measurement) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-12} {measurement.Elapsed.TotalMilliseconds / Rounds,8:N1} ms   {measurement.AllocatedBytes / (double)Rounds / 1024,9:N0} KiB allocated"));

    /// <summary>Start, 198 tasks in six phases, End; a chain of 199 connections and 51 that skip one task (parallel branches).</summary>
    internal static string Generate()
    {
        string[] phases = ["prepare", "explore", "ideate", "prototype", "evaluate", "followUp"];
        var text = new StringBuilder();
        text.Append("""{ "id": "generated", "version": 1, "name": "Genererat flöde", "phases": [""");
        text.AppendJoin(',', phases.Select(p => $$"""{ "id": "{{p}}", "name": "{{p}}" }"""));
        text.Append("""], "activities": [ { "id": "start", "type": "Start" }""");
        var tasks = Activities - 2;
        for (var i = 0; i < tasks; i++)
        {
            var phase = phases[i * phases.Length / tasks];
            text.Append(CultureInfo.InvariantCulture, $$"""
                , { "id": "task{{i}}", "type": "UserTask", "phase": "{{phase}}", "name": { "sv": "Uppgift {{i}}", "en": "Task {{i}}" },
                    "inputs": { "title": "Uppgift {{i}}", "assignee": { "role": "Coordinator" }, "due": { "daysAfterStart": {{i}} }, "reminders": [2],
                      "form": [ { "key": "summary", "type": "Text", "label": "Sammanfattning", "required": true },
                                { "key": "score", "type": "Rating", "label": "Betyg" } ] } }
                """);
        }

        text.Append("""
            , { "id": "end", "type": "End" } ], "connections": [ { "from": "start", "to": "task0" }
            """);
        for (var i = 0; i < tasks - 1; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $$""", { "from": "task{{i}}", "to": "task{{i + 1}}" }""");
        }

        text.Append(CultureInfo.InvariantCulture, $$""", { "from": "task{{tasks - 1}}", "to": "end" }""");
        for (var i = 0; i < Connections - (tasks + 1); i++)
        {
            var from = i * 3 % (tasks - 2);
            text.Append(CultureInfo.InvariantCulture, $$""", { "from": "task{{from}}", "to": "task{{from + 2}}" }""");
        }

        text.Append("] }");
        return text.ToString();
    }
}
