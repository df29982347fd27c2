namespace LabFlow.Workflows.Definitions;

/// <summary>The longest ids a flow may use; the stores' id columns hold exactly this much.</summary>
public static class FlowLimits
{
    /// <summary>A flow's id, a phase's id or an activity's id.</summary>
    public const int IdLength = 200;
}
