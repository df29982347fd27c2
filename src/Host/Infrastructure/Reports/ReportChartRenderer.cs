using LabFlow.Activities.Reports;
using ScottPlot;

namespace LabFlow.Host.Infrastructure.Reports;

/// <summary>
/// Draws a <see cref="ReportChart"/> as a PNG with ScottPlot (SkiaSharp underneath): grouped bars, one colour per series,
/// a legend and the categories under the bars. The font is DejaVu Sans, which <c>./test.sh</c> installs from Debian's
/// <c>fonts-dejavu-core</c> on a fresh machine; the two colours differ in lightness too, so the chart reads in greyscale.
/// </summary>
internal static class ReportChartRenderer
{
    /// <summary>Pixels; at 96 dpi the chart fills the text width of an A4 page with 2.5 cm margins.</summary>
    public const int Width = 600;

    public const int Height = 340;

    private const string FontName = "DejaVu Sans";

    /// <summary>A category label longer than this is cut with an ellipsis, so labels do not run into each other.</summary>
    private const int MaxLabelLength = 28;

    private static readonly Color[] Palette = [Color.FromHex("#1F5FA8"), Color.FromHex("#B8500F"), Color.FromHex("#2E7D32"), Color.FromHex("#6A1B9A")];

    public static byte[] Png(ReportChart chart)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        var series = chart.Series.Count;
        var width = 0.8 / Math.Max(1, series);
        var bars = new List<Bar>();
        for (var s = 0; s < series; s++)
        {
            for (var c = 0; c < chart.Categories.Count; c++)
            {
                if (c < chart.Series[s].Values.Count && chart.Series[s].Values[c] is { } value)
                {
                    bars.Add(new Bar { Position = c + ((s - ((series - 1) / 2.0)) * width), Value = value, Size = width * 0.9, FillColor = Palette[s % Palette.Length] });
                }
            }
        }

        plot.Add.Bars(bars);
        if (series > 1)
        {
            for (var s = 0; s < series; s++)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.Series[s].Name, FillColor = Palette[s % Palette.Length] });
            }

            plot.ShowLegend(Alignment.UpperRight);
        }

        plot.Axes.Bottom.SetTicks(
            [.. Enumerable.Range(0, chart.Categories.Count).Select(i => (double)i)],
            [.. chart.Categories.Select(Short)]);
        plot.Axes.Margins(bottom: 0, top: 0.3);
        plot.Axes.SetLimitsX(-0.6, chart.Categories.Count - 0.4);
        plot.Title(chart.Title);
        plot.YLabel(chart.ValueAxis);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static string Short(string label) => label.Length <= MaxLabelLength ? label : string.Concat(label.AsSpan(0, MaxLabelLength - 1), "…");
}
