using System.Text.Json.Nodes;
using LabFlow.Host.Components.Shared;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Flows;

/// <summary>An outcome as the designer shows it: a button's own label, else the built-in outcomes' names in the user's language.</summary>
internal static class OutcomeTexts
{
    public static string Of(ActivityNode activity, string outcome)
    {
        if (activity.Inputs?["actions"] is JsonArray actions
            && actions.OfType<JsonObject>().FirstOrDefault(a => InputEditors.AsString(a["name"]) == outcome) is { } action
            && action["label"] is { } label)
        {
            var (sv, en) = InputEditors.AsLocalized(label);
            var text = UiText.IsEnglish ? InputEditors.Trimmed(en) ?? sv : InputEditors.Trimmed(sv) ?? en;
            if (InputEditors.Trimmed(text) is { } shown)
            {
                return shown;
            }
        }

        return outcome switch
        {
            ConnectionDefinition.DefaultOutcome => UiText.Pick("Klar", "Done"),
            "True" => UiText.Pick("Ja", "Yes"),
            "False" => UiText.Pick("Nej", "No"),
            "Approve" => UiText.Pick("Godkänn", "Approve"),
            "SendBack" => UiText.Pick("Skicka tillbaka", "Send back"),
            "Default" => UiText.Pick("Annars", "Otherwise"),
            _ => outcome,
        };
    }
}
