using MudBlazor;

namespace LabFlow.Host.Components.Layout;

/// <summary>LabFlow's colours: dark enough that text in them, or white text on them, stays above 4.5:1 contrast (WCAG 2.1 AA).</summary>
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
            // MudBlazor's defaults for these are too light for text on their pale alert backgrounds (3.2:1).
            Success = "#1b6e32",
            Warning = "#8a4b00",
            Info = "#0b5394",
        },
        // One case for every button: MudBlazor's default capitals (KLAR, SKICKA KOMMENTAR) read as shouting beside
        // LabFlow's own buttons in sentence case.
        Typography = new Typography
        {
            Button = new ButtonTypography { TextTransform = "none" },
        },
    };
}
