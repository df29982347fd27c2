using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Expressions;

namespace LabFlow.Workflows.ActivityTypes;

/// <summary>What an activity type's extra validation rule sees while a flow is loaded.</summary>
/// <param name="Definition">The flow as read so far. It may itself have errors (the loader reports every error at once).</param>
/// <param name="Activity">The activity being checked.</param>
/// <param name="Descriptor">The activity's type.</param>
/// <param name="Expressions">Checks that scripts and templates parse (never runs them).</param>
public sealed record ActivityValidationContext(
    WorkflowDefinition Definition,
    ActivityNode Activity,
    ActivityDescriptor Descriptor,
    IExpressionEvaluator Expressions);
