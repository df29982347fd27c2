using LabFlow.Workflows.Definitions;

namespace LabFlow.Workflows.ActivityTypes;

/// <summary>
/// Describes an activity type: what the designer shows, which inputs it takes, which outcomes it has,
/// and which handler runs it. Descriptors drive validation, the designer's toolbox and its property panel.
/// </summary>
public sealed record ActivityDescriptor
{
    public required string TypeName { get; init; }

    public required string Category { get; init; }

    public required LocalizedText DisplayName { get; init; }

    public LocalizedText? Description { get; init; }

    public IReadOnlyList<ActivityInputDescriptor> Inputs { get; init; } = [];

    /// <summary>Where the activity's outcomes come from (fixed, or read from one of its inputs).</summary>
    public OutcomeSource Outcomes { get; init; } = OutcomeSource.Fixed(ConnectionDefinition.DefaultOutcome);

    /// <summary>The <see cref="IActivityHandler"/> implementation, built by dependency injection.</summary>
    public required Type HandlerType { get; init; }

    /// <summary>
    /// Extra validation for rules the input descriptors cannot express (for example "exactly one of
    /// <c>duration</c> and <c>until</c>"). The loader runs it after the generic checks of the activity's
    /// inputs; <c>null</c> means no extra rules. The core types' rules live in the loader, keyed by type name,
    /// and apply when this is <c>null</c>.
    /// </summary>
    public Func<ActivityValidationContext, IEnumerable<ActivityValidationIssue>>? Validate { get; init; }
}
