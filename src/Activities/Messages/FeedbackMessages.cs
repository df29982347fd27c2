namespace LabFlow.Activities.Messages;

/// <summary>The refusals of step feedback, improvement suggestions and step statistics (<see cref="Feedback.FeedbackService"/>, <see cref="Feedback.StepStatisticsQuery"/>).</summary>
public static class FeedbackMessages
{
    public static readonly MessageText NotInLab = new(
        "feedback.not_in_lab",
        "Du är inte med där uppgift {taskId} hör till. Bara de som är med kan ge återkoppling på stegen och föreslå förbättringar; be processledaren att lägga till dig.",
        "You are not part of the work that task {taskId} belongs to. Only the people taking part can give feedback on its steps and suggest improvements; ask the facilitator to add you.");

    public static readonly MessageText RatingRange = new(
        "feedback.rating_range",
        "Betyget måste vara ett heltal från {min} till {max}; du skickade {rating}.",
        "The rating must be a whole number from {min} to {max}; you sent {rating}.");

    public static readonly MessageText SuggestionEmpty = new(
        "feedback.suggestion_empty",
        "Skriv vad som kan bli bättre i flödet.",
        "Write what could be better in the flow.");

    public static readonly MessageText WrongFlow = new(
        "feedback.wrong_flow",
        "Uppgift {taskId} hör till flödet '{taskFlow}', inte '{flowId}'. Skicka förslaget till flödet '{taskFlow}'.",
        "Task {taskId} belongs to flow '{taskFlow}', not '{flowId}'. Send the suggestion to flow '{taskFlow}'.");

    public static readonly MessageText SuggestionNotFound = new(
        "feedback.suggestion_not_found",
        "Förbättringsförslag {suggestionId} finns inte i flödet '{flowId}'. Kontrollera id:t i flödets inkorg.",
        "Improvement suggestion {suggestionId} is not in flow '{flowId}'. Check the id in the flow's inbox.");

    public static readonly MessageText InboxForbidden = new(
        "feedback.inbox_forbidden",
        "Bara projektteamet (rollen Designer) och administratörer kan läsa och besvara förbättringsförslagen för flödet '{flowId}'.",
        "Only the project team (the Designer role) and administrators can read and answer the improvement suggestions of flow '{flowId}'.");

    public static readonly MessageText StatisticsForbidden = new(
        "feedback.statistics_forbidden",
        "Bara projektteamet (rollen Designer) och administratörer kan se stegstatistiken för flödet '{flowId}'.",
        "Only the project team (the Designer role) and administrators can see the step statistics of flow '{flowId}'.");

    public static readonly MessageText SuggestionChanged = new(
        "feedback.suggestion_changed",
        "Förbättringsförslag {suggestionId} ändrades av någon annan samtidigt. Ladda om inkorgen och försök igen.",
        "Improvement suggestion {suggestionId} was changed by someone else at the same time. Reload the inbox and try again.");
}
