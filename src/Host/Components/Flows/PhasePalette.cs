namespace LabFlow.Host.Components.Flows;

/// <summary>The designer's phase colours (<c>lf-phase-0</c> … in the styles), for phases whose flow gives none.</summary>
internal static class PhasePalette
{
    private static readonly string[] Colors = ["#0b4f8a", "#1e6b35", "#8a4b00", "#6a2c8a", "#a3165b", "#00626b"];

    public static string ColorOf(int phaseIndex) => Colors[phaseIndex % Colors.Length];
}
