namespace LabFlow.Activities.Messages;

/// <summary>Refusals of personal survey links (<see cref="Surveys.SurveyLinkService"/>).</summary>
public static class SurveyMessages
{
    public static readonly MessageText SendForbidden = new(
        "survey.send_forbidden",
        "Du kan inte skicka enkätlänkar i labbet '{title}'. Det kan labbets processledare och utbildningssamordnaren.",
        "You cannot send survey links in lab '{title}'. The lab's facilitators and the training coordinator can.");

    public static readonly MessageText NotASurvey = new(
        "survey.not_a_survey",
        "Steget '{activityId}' är ingen enkät i labbet '{title}'. Välj ett steg med taggen 'survey' och ett formulär.",
        "Step '{activityId}' is not a survey in lab '{title}'. Choose a step tagged 'survey' that has a form.");

    public static readonly MessageText LinkInvalid = new(
        "survey.link_invalid",
        "Länken fungerar inte. Kontrollera att hela länken från mejlet kom med, eller be den som skickade den om en ny.",
        "The link does not work. Check that the whole link from the email was used, or ask whoever sent it for a new one.");

    public static readonly MessageText LinkUsed = new(
        "survey.link_used",
        "Enkäten är redan besvarad med den här länken. Varje länk tar emot ett svar. Tack!",
        "The survey has already been answered with this link. Each link takes one answer. Thank you!");

    public static readonly MessageText LinkExpired = new(
        "survey.link_expired",
        "Länken har slutat gälla. Be den som skickade den om en ny om du fortfarande vill svara.",
        "The link has expired. Ask whoever sent it for a new one if you still want to answer.");

    public static readonly MessageText AnswerInvalid = new(
        "survey.answer_invalid",
        "Svaren kunde inte sparas. Rätta fälten som nämns och skicka igen.",
        "The answers could not be saved. Correct the fields named and send again.");
}
