using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Expressions;
using LabFlow.Workflows.Flowchart;

namespace LabFlow.Workflows.Tests.Definitions;

/// <summary>The core descriptors plus a stand-in UserTask whose outcomes come from its <c>actions</c> input.</summary>
internal static class TestActivityTypes
{
    public static ActivityDescriptor UserTask { get; } = new()
    {
        TypeName = "UserTask",
        Category = "Lab",
        DisplayName = LocalizedText.Of("Uppgift", "Task"),
        Inputs =
        [
            new("title", FlowValueType.Text, LocalizedText.Of("Rubrik", "Title"), Required: true),
            new("due", FlowValueType.Date, LocalizedText.Of("Klart senast", "Due")),
            new("actions", FlowValueType.List, LocalizedText.Of("Knappar", "Actions"), AllowsExpressions: false),
        ],
        Outcomes = OutcomeSource.FromInput("actions", whenAbsent: [ConnectionDefinition.DefaultOutcome]),
        HandlerType = typeof(NoHandler),
    };

    public static IActivityRegistry Registry { get; } = new ActivityRegistry([.. CoreActivityDescriptors.All, UserTask]);

    public static WorkflowDefinitionLoader CreateLoader() =>
        new(Registry, new JintExpressionEvaluator(new ExpressionOptions()));

    private sealed class NoHandler : IActivityHandler
    {
        public ValueTask<ActivityResult> ExecuteAsync(IActivityContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(ActivityResult.Complete());
    }
}
