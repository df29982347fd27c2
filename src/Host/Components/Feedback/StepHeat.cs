using System.Text;
using LabFlow.Activities.Feedback;

namespace LabFlow.Host.Components.Feedback;

/// <summary>How much attention a step's numbers ask for, shown on the designer's canvas as colour, pattern and text alike.</summary>
internal enum StepHeatLevel
{
    Works,
    Watch,
    Review,
}

/// <summary>
/// The canvas overlay's rule: a step <see cref="StepHeatLevel.Review"/> when half its runs were overdue, a third were
/// sent back or skipped, or its rating is under 2.5; <see cref="StepHeatLevel.Watch"/> from a fifth overdue, a tenth
/// sent back or skipped, or a rating under 3.5; otherwise <see cref="StepHeatLevel.Works"/>. Each level has its own
/// colour (contrast 4.5:1 or more with the node's text), its own border pattern and a word, so colour is never the
/// only sign.
/// </summary>
internal static class StepHeat
{
    public static StepHeatLevel Of(StepStatistics step) =>
        step.OverdueShare >= 0.5 || step.SentBackShare >= 1.0 / 3 || step.SkippedShare >= 1.0 / 3 || step.AverageRating < 2.5 ? StepHeatLevel.Review
        : step.OverdueShare >= 0.2 || step.SentBackShare >= 0.1 || step.SkippedShare >= 0.1 || step.AverageRating < 3.5 ? StepHeatLevel.Watch
        : StepHeatLevel.Works;

    /// <summary>The level's background, border style and border colour (a pattern besides the colour).</summary>
    public static (string Background, string BorderStyle, string Border) Look(StepHeatLevel level) => level switch
    {
        StepHeatLevel.Review => ("#fde2e1", "double", "#a4161a"),
        StepHeatLevel.Watch => ("#fff1c2", "dashed", "#7a5200"),
        _ => ("#dff3e4", "solid", "#1d6b34"),
    };

    /// <summary>
    /// The style that marks each measured step's node (by its <c>data-activity-id</c>) with its level's colour,
    /// border pattern and a visible text line. Ids that are not plain identifiers are left out rather than escaped.
    /// </summary>
    public static string Style(IEnumerable<StepStatistics> steps)
    {
        var css = new StringBuilder();
        foreach (var step in steps.Where(s => s.Runs > 0 && s.ActivityId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            var level = Of(step);
            var (background, borderStyle, border) = Look(level);
            css.Append($".lf-node[data-activity-id=\"{step.ActivityId}\"] {{ background: {background}; border: 4px {borderStyle} {border}; }}\n");
            css.Append($".lf-node[data-activity-id=\"{step.ActivityId}\"]::after {{ content: \"{Css(FeedbackTexts.HeatNodeLine(level, step))}\"; display: block; font-size: 0.75rem; font-weight: 600; color: #1a1a1a; }}\n");
        }

        return css.ToString();
    }

    private static string Css(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
