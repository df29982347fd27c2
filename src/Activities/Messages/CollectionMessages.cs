namespace LabFlow.Activities.Messages;

/// <summary>The refusals of collections (<see cref="Collections.CollectionService"/>).</summary>
public static class CollectionMessages
{
    public static readonly MessageText NotFound = new(
        "collection.not_found", "Insamling {collectionId} hittades inte. Kontrollera id:t.", "Collection {collectionId} was not found. Check the id.");

    public static readonly MessageText CannotSee = new(
        "collection.cannot_see",
        "Du får inte se insamling {collectionId}: den hör till ett arbete (ett labb, en konferens …) i en annan förvaltning, eller så är du inte en av dess deltagare.",
        "You may not see collection {collectionId}: it belongs to work (a lab, a conference …) of another administration, or you are not among its participants.");

    public static readonly MessageText CloseForbidden = new(
        "collection.close_forbidden",
        "Bara en facilitator i labbet eller en administratör kan stänga insamling {collectionId}.",
        "Only a facilitator of the lab or an administrator can close collection {collectionId}.");

    public static readonly MessageText NotParticipant = new(
        "collection.not_participant",
        "Du är inte en av deltagarna i insamling {collectionId}.",
        "You are not one of the participants of collection {collectionId}.");

    public static readonly MessageText Closed = new("collection.closed", "'{title}' är stängd.", "'{title}' is closed.");

    public static readonly MessageText NotYetOpen = new("collection.not_yet_open", "'{title}' öppnar {opens}.", "'{title}' opens on {opens}.");

    public static readonly MessageText AlreadyClosed = new(
        "collection.already_closed",
        "Insamlingen var redan stängd; {message}",
        "The collection was already closed; {message}");

    public static readonly MessageText NoIdeaChosen = new(
        "collection.no_idea_chosen", "Välj minst en idé att rösta på.", "Choose at least one idea to vote on.");

    public static readonly MessageText UnknownIdea = new(
        "collection.unknown_idea", "Idé {ideaId} är inte en av idéerna i den här omröstningen.", "Idea {ideaId} is not one of the ideas in this vote.");

    public static readonly MessageText VotesLeft = new(
        "collection.votes_left",
        "Du har {left} av dina {votes} röster kvar; välj högst så många idéer.",
        "You have {left} of your {votes} votes left; choose at most that many ideas.");
}
