using MudBlazor;

namespace LabFlow.Host.Components.Layout;

/// <summary>LabFlow's colours: a dark blue that keeps white text above 4.5:1 contrast (WCAG 2.1 AA).</summary>
internal static class LabFlowTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b4f8a",
            AppbarBackground = "#0b4f8a",
            AppbarText = "#ffffff",
            TextPrimary = "#1b1b1b",
            TextSecondary = "#4a4a4a",
            Error = "#b00020",
        },
    };
}
