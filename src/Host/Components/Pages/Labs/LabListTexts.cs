using LabFlow.Activities.Labs;
using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>The texts of the lab list's filters that are not shared with a lab's page.</summary>
internal static class LabListTexts
{
    public static string Year => UiText.Pick("Startår", "Start year");

    public static string Search => UiText.Pick("Sök i titel och utmaning", "Search titles and challenges");

    public static string State(LabListState state) => state switch
    {
        LabListState.Running => UiText.Pick("Pågår", "In progress"),
        LabListState.Paused => UiText.Pick("Pausat", "Paused"),
        LabListState.Finished => UiText.Pick("Avslutat", "Finished"),
        LabListState.Cancelled => UiText.Pick("Avbrutet", "Cancelled"),
        _ => state.ToString(),
    };
}
