namespace LabFlow.Activities.Messages;

/// <summary>The refusals of the idea board and the dot vote's moving of dots (<see cref="Collections.IdeaBoardService"/>).</summary>
public static class IdeaBoardMessages
{
    public static readonly MessageText ManageForbidden = new(
        "board.manage_forbidden",
        "Bara en facilitator i labbet eller en administratör kan ändra i insamling {collectionId}.",
        "Only a facilitator of the lab or an administrator can change collection {collectionId}.");

    public static readonly MessageText NotIdeas = new(
        "board.not_ideas",
        "Insamling {collectionId} är en röstning; teman, sammanslagningar och redigering gäller idéinsamlingar.",
        "Collection {collectionId} is a vote; themes, merges and edits apply to idea collections.");

    public static readonly MessageText UnknownIdea = new(
        "board.unknown_idea",
        "Idé {ideaId} finns inte i insamling {collectionId}. Ladda om sidan och välj en idé som finns.",
        "Idea {ideaId} is not in collection {collectionId}. Reload the page and choose an idea that exists.");

    public static readonly MessageText ThemeTooLong = new(
        "board.theme_too_long",
        "Temat får vara högst {max} tecken långt; korta det.",
        "A theme may be at most {max} characters long; shorten it.");

    public static readonly MessageText MergeIntoItself = new(
        "board.merge_into_itself",
        "En idé kan inte slås ihop med sig själv; välj en annan idé att slå ihop den med.",
        "An idea cannot be merged into itself; choose another idea to merge it into.");

    public static readonly MessageText MergeIntoMerged = new(
        "board.merge_into_merged",
        "Idé {ideaId} är redan sammanslagen med en annan idé; slå ihop med den idén i stället.",
        "Idea {ideaId} is already merged into another idea; merge into that idea instead.");

    public static readonly MessageText ExtendClosed = new(
        "board.extend_closed",
        "'{title}' är redan stängd och kan inte förlängas.",
        "'{title}' is already closed and cannot be extended.");

    public static readonly MessageText ExtendToPast = new(
        "board.extend_to_past",
        "Det nya slutdatumet {closes} har redan passerat; välj i dag eller ett senare datum.",
        "The new closing date {closes} has already passed; choose today or a later date.");

    public static readonly MessageText NoDotToMove = new(
        "board.no_dot_to_move",
        "Du har ingen prick på idé {ideaId} att flytta; välj en idé där du har en prick.",
        "You have no dot on idea {ideaId} to move; choose an idea that has one of your dots.");

    public static readonly MessageText TooManyOnOneIdea = new(
        "board.too_many_on_one_idea",
        "Du får sätta högst {max} prickar på samma idé; sätt resten på andra idéer.",
        "You may put at most {max} dots on one idea; put the rest on other ideas.");

    public static readonly MessageText TaskOnBoard = new(
        "board.task_on_board",
        "'{title}' görs på tavlan (/collections/{collectionId}) och stängs av sig själv när tavlan stänger; lämna idéer eller rösta där.",
        "'{title}' is done on its board (/collections/{collectionId}) and closes itself when the board closes; submit ideas or vote there.");
}
