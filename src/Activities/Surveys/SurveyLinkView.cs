using System.Text.Json.Nodes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Surveys;

/// <summary>
/// What the survey page shows for a link: its state and, while open, the survey's title, instructions and form.
/// Deliberately nothing of the guest, the lab's people or other answers.
/// </summary>
public sealed record SurveyLinkView(
    SurveyLinkState State,
    LocalizedText? Title = null,
    LocalizedText? Instructions = null,
    JsonArray? Form = null,
    DateTimeOffset? ExpiresAt = null)
{
    public static SurveyLinkView Of(SurveyLinkState state) => new(state);
}
