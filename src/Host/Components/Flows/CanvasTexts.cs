using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Flows;

/// <summary>The texts of the canvas's controls: layout, zoom, drawers.</summary>
internal static class CanvasTexts
{
    public static string ArrangedOnOpen => UiText.Pick(
        "Några aktiviteter låg över varandra, så flödet har ordnats automatiskt efter faser. Spara för att behålla ordningen.",
        "Some activities overlapped, so the flow was arranged by phase. Save to keep the arrangement.");

    public static string Arranged => UiText.Pick("Flödet är ordnat efter faser.", "The flow is arranged by phase.");

    public static string AddedActivityAfter(string id, string after) => UiText.Pick(
        $"Aktiviteten {id} är tillagd efter {after} och kopplad från den.", $"Activity {id} was added after {after} and connected from it.");

    public static string ArrangeButton => UiText.Pick("Ordna automatiskt", "Arrange automatically");

    public static string FitButton => UiText.Pick("Visa hela flödet", "Fit to screen");

    public static string ZoomIn => UiText.Pick("Zooma in", "Zoom in");

    public static string ZoomOut => UiText.Pick("Zooma ut", "Zoom out");

    public static string CanvasKeys => UiText.Pick(
        "Kortkommandon på ritytan: pil höger går till nästa kopplade aktivitet, pil vänster tillbaka, pil upp och ned till de andra grenarna, Enter öppnar aktivitetens egenskaper; + zoomar in, − zoomar ut, 0 visar hela flödet, Ctrl+Z ångrar och Ctrl+Y gör om.",
        "Canvas keys: right arrow goes to the next connected activity, left arrow back, up and down arrows to the other branches, Enter opens the activity's properties; + zooms in, − zooms out, 0 fits the whole flow, Ctrl+Z undoes and Ctrl+Y redoes.");

    public static string NothingToSelect => UiText.Pick("Flödet har inga aktiviteter ännu.", "The flow has no activities yet.");

    public static string NoNext(string name) => UiText.Pick(
        $"{name} är inte kopplad vidare till någon aktivitet.", $"{name} does not lead on to any activity.");

    public static string NoPrevious(string name) => UiText.Pick(
        $"Ingen aktivitet är kopplad till {name}.", $"No activity leads to {name}.");

    public static string NoOtherBranch(string name) => UiText.Pick(
        $"{name} har ingen annan gren bredvid sig.", $"{name} has no other branch beside it.");

    public static string OutcomeTo(string outcome, string target) => UiText.Pick($"{outcome} till {target}", $"{outcome} to {target}");

    public static string AtActivity(string name, string type, IReadOnlyList<string> outgoing, int incoming)
    {
        var onwards = outgoing.Count == 0
            ? UiText.Pick("Inga kopplingar vidare.", "No connections onwards.")
            : UiText.Pick($"Kopplingar vidare: {string.Join(", ", outgoing)}.", $"Connections onwards: {string.Join(", ", outgoing)}.");
        return UiText.Pick(
            $"Vald: {name} ({type}). {onwards} Kopplingar in: {incoming}. Enter öppnar egenskaperna.",
            $"Selected: {name} ({type}). {onwards} Connections in: {incoming}. Enter opens the properties.");
    }

    public static string ShowToolbox => UiText.Pick("Visa verktygslådan", "Show the toolbox");

    public static string HideToolbox => UiText.Pick("Dölj verktygslådan", "Hide the toolbox");

    public static string ShowPanel => UiText.Pick("Visa egenskaper", "Show properties");

    public static string HidePanel => UiText.Pick("Dölj egenskaper", "Hide properties");

    public static string Overview => UiText.Pick("Översikt", "Overview");

    public static string SearchTarget => UiText.Pick("Sök aktivitet att koppla till", "Search for an activity to connect to");
}
