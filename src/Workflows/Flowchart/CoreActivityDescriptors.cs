using System.Text.Json.Nodes;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Workflows.Flowchart;

/// <summary>The descriptors of the engine's core activity types.</summary>
public static class CoreActivityDescriptors
{
    public const string Category = "Flow";

    public static ActivityDescriptor Start { get; } = new()
    {
        TypeName = "Start",
        Category = Category,
        DisplayName = LocalizedText.Of("Start", "Start"),
        Description = LocalizedText.Of("Där flödet börjar. Varje flöde har exakt en.", "Where the flow begins. Every flow has exactly one."),
        HandlerType = typeof(StartHandler),
    };

    public static ActivityDescriptor End { get; } = new()
    {
        TypeName = "End",
        Category = Category,
        DisplayName = LocalizedText.Of("Slut", "End"),
        Description = LocalizedText.Of("Avslutar hela flödet direkt och stänger alla öppna steg.", "Ends the whole flow at once and closes every open step."),
        Outcomes = OutcomeSource.Fixed(),
        HandlerType = typeof(EndHandler),
    };

    public static ActivityDescriptor Decision { get; } = new()
    {
        TypeName = "Decision",
        Category = Category,
        DisplayName = LocalizedText.Of("Villkor", "Decision"),
        Inputs = [new("condition", FlowValueType.Boolean, LocalizedText.Of("Villkor", "Condition"), Editor: "code", Required: true)],
        Outcomes = OutcomeSource.Fixed("True", "False"),
        HandlerType = typeof(DecisionHandler),
    };

    public static ActivityDescriptor Switch { get; } = new()
    {
        TypeName = "Switch",
        Category = Category,
        DisplayName = LocalizedText.Of("Växel", "Switch"),
        Inputs =
        [
            new("cases", FlowValueType.List, LocalizedText.Of("Fall", "Cases"), Editor: "cases", Required: true, AllowsExpressions: false),
            new("mode", FlowValueType.String, LocalizedText.Of("Läge", "Mode"), Editor: "choice:First,All", Default: JsonValue.Create("First"), AllowsExpressions: false),
        ],
        Outcomes = OutcomeSource.FromInput("cases", additional: ["Default"], whenAbsent: ["Default"]),
        HandlerType = typeof(SwitchHandler),
    };

    public static ActivityDescriptor Join { get; } = new()
    {
        TypeName = "Join",
        Category = Category,
        DisplayName = LocalizedText.Of("Sammanfoga", "Join"),
        Inputs = [new("mode", FlowValueType.String, LocalizedText.Of("Läge", "Mode"), Editor: "choice:All,Any", Default: JsonValue.Create("All"), AllowsExpressions: false)],
        HandlerType = typeof(JoinHandler),
    };

    public static ActivityDescriptor SetVariable { get; } = new()
    {
        TypeName = "SetVariable",
        Category = Category,
        DisplayName = LocalizedText.Of("Sätt variabel", "Set variable"),
        Inputs =
        [
            new("name", FlowValueType.String, LocalizedText.Of("Variabel", "Variable"), Editor: "variable", Required: true, AllowsExpressions: false),
            new("value", FlowValueType.Any, LocalizedText.Of("Värde", "Value"), Editor: "code", Required: true),
        ],
        HandlerType = typeof(SetVariableHandler),
    };

    public static ActivityDescriptor Delay { get; } = new()
    {
        TypeName = "Delay",
        Category = Category,
        DisplayName = LocalizedText.Of("Vänta", "Delay"),
        Description = LocalizedText.Of("Väntar en tid (duration, t.ex. P3D) eller till en tidpunkt (until).", "Waits for a duration (e.g. P3D) or until a date and time."),
        Inputs =
        [
            new("duration", FlowValueType.Duration, LocalizedText.Of("Tid", "Duration"), Editor: "duration"),
            new("until", FlowValueType.DateTime, LocalizedText.Of("Till", "Until"), Editor: "datetime"),
        ],
        HandlerType = typeof(DelayHandler),
    };

    public static ActivityDescriptor WaitForSignal { get; } = new()
    {
        TypeName = "WaitForSignal",
        Category = Category,
        DisplayName = LocalizedText.Of("Vänta på signal", "Wait for signal"),
        Inputs =
        [
            new("signal", FlowValueType.String, LocalizedText.Of("Signal", "Signal"), Required: true),
            new("correlation", FlowValueType.String, LocalizedText.Of("Korrelation", "Correlation")),
        ],
        HandlerType = typeof(WaitForSignalHandler),
    };

    public static IReadOnlyList<ActivityDescriptor> All { get; } = [Start, End, Decision, Switch, Join, SetVariable, Delay, WaitForSignal];
}
