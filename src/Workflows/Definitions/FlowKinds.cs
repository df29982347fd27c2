namespace LabFlow.Workflows.Definitions;

/// <summary>The names a flow file writes for each <see cref="FlowKind"/>, in one place for the loader, the schema test and the designer.</summary>
public static class FlowKinds
{
    /// <summary>The kind of a flow that does not say.</summary>
    public const FlowKind Default = FlowKind.Lab;

    private static readonly (FlowKind Kind, string Name)[] Names =
    [
        (FlowKind.Lab, "lab"),
        (FlowKind.Conference, "conference"),
        (FlowKind.Seminar, "seminar"),
        (FlowKind.ActiveMeasures, "activeMeasures"),
        (FlowKind.LeadingChange, "leadingChange"),
        (FlowKind.Other, "other"),
    ];

    /// <summary>Every name a file may write, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Select(n => n.Name)];

    /// <summary>The name a file writes for <paramref name="kind"/>.</summary>
    public static string NameOf(FlowKind kind) => Names.First(n => n.Kind == kind).Name;

    /// <summary>The kind a file's name stands for; exact names only (<c>"Lab"</c> and <c>"0"</c> are refused).</summary>
    public static bool TryParse(string? name, out FlowKind kind)
    {
        foreach (var (k, n) in Names)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = Default;
        return false;
    }
}
