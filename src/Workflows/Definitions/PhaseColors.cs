using System.Text.RegularExpressions;

namespace LabFlow.Workflows.Definitions;

/// <summary>The one shape a phase colour takes in a flow: <c>#rrggbb</c>.</summary>
public static partial class PhaseColors
{
    public static bool IsValid(string? color) => color is not null && Pattern().IsMatch(color);

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Pattern();
}
