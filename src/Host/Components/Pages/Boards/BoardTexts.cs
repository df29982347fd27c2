using LabFlow.Activities.Labs;
using LabFlow.Host.Components.Shared;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Pages.Boards;

/// <summary>The texts of the idea board, the dot vote and the projector view.</summary>
internal static class BoardTexts
{
    public static string NotFoundTitle => UiText.Pick("Tavlan hittades inte", "Board not found");

    public static string NotFoundText => UiText.Pick(
        "Den här idétavlan eller röstningen finns inte. Kontrollera länken eller gå till Mina uppgifter.",
        "This idea board or vote does not exist. Check the link or go to My tasks.");

    public static string ForbiddenTitle => UiText.Pick("Du har inte tillgång till tavlan", "You do not have access to the board");

    public static string ForbiddenText => UiText.Pick(
        "Tavlan hör till ett arbete (till exempel ett labb eller en konferens) som du inte är med i. Be processledaren att lägga till dig.",
        "The board belongs to work (such as a lab or a conference) you are not part of. Ask its facilitator to add you.");

    public static string Loading => UiText.Pick("Hämtar tavlan …", "Loading the board …");

    public static string OpenUntil(string when) => UiText.Pick($"Öppen till {when}", $"Open until {when}");

    public static string Opens(string when) => UiText.Pick($"Öppnar {when}", $"Opens on {when}");

    public static string Closed => UiText.Pick("Stängd", "Closed");

    public static string Anonymous => UiText.Pick("Anonym: ingen ser vem som skrev eller röstade.", "Anonymous: nobody sees who wrote or voted.");

    public static string BackToLab(FlowKind kind) => UiText.Pick($"Till {KindTexts.Sv(kind).Definite}", $"To {KindTexts.En(kind).Definite}");

    public static string Projector => UiText.Pick("Visa på projektor", "Projector view");

    public static string BackToBoard => UiText.Pick("Till tavlan", "To the board");

    public static string WriteIdea => UiText.Pick("Lämna en idé", "Submit an idea");

    public static string SendIdea => UiText.Pick("Skicka idén", "Send the idea");

    public static string IdeaSent => UiText.Pick("Tack! Din idé finns nu på tavlan.", "Thank you! Your idea is on the board now.");

    public static string Ideas => UiText.Pick("Idéer", "Ideas");

    public static string IdeaCount(int count) => UiText.Pick(
        count == 1 ? "1 idé på tavlan" : $"{count} idéer på tavlan",
        count == 1 ? "1 idea on the board" : $"{count} ideas on the board");

    public static string NoIdeas => UiText.Pick("Inga idéer än. De syns här så fort någon skriver en.", "No ideas yet. They show here as soon as someone writes one.");

    public static string NoTheme => UiText.Pick("Utan tema", "No theme");

    public static string Mine => UiText.Pick("Din idé", "Your idea");

    public static string By(string name) => UiText.Pick($"Av {name}", $"By {name}");

    public static string Edited => UiText.Pick("Redigerad av processledaren", "Edited by the facilitator");

    public static string AuthorText => UiText.Pick("Ursprunglig text", "Original text");

    public static string MergedHere => UiText.Pick("Sammanslagna dubbletter", "Merged duplicates");

    public static string Manage => UiText.Pick("Hantera", "Manage");

    public static string NewClosingDate => UiText.Pick("Nytt slutdatum", "New closing date");

    public static string Extend => UiText.Pick("Ändra slutdatum", "Change closing date");

    public static string Extended(string when) => UiText.Pick($"Tavlan är nu öppen till {when}.", $"The board is now open until {when}.");

    public static string CloseNow => UiText.Pick("Stäng nu", "Close now");

    public static string ClosedNow => UiText.Pick("Tavlan är stängd.", "The board is closed.");

    public static string Theme => UiText.Pick("Tema", "Theme");

    public static string ThemeFor(string idea) => UiText.Pick($"Tema för {idea}", $"Theme of {idea}");

    public static string SetTheme => UiText.Pick("Spara tema", "Save theme");

    public static string SetThemeFor(string idea) => UiText.Pick($"Spara tema för {idea}", $"Save the theme of {idea}");

    public static string MergeInto => UiText.Pick("Slå ihop med", "Merge into");

    public static string MergeIntoFor(string idea) => UiText.Pick($"Slå ihop {idea} med", $"Merge {idea} into");

    public static string ChooseIdea => UiText.Pick("Välj idé", "Choose an idea");

    public static string Merge => UiText.Pick("Slå ihop", "Merge");

    public static string MergeFor(string idea) => UiText.Pick($"Slå ihop {idea}", $"Merge {idea}");

    public static string Unmerge => UiText.Pick("Ångra sammanslagning", "Undo merge");

    public static string UnmergeFor(string idea) => UiText.Pick($"Ångra sammanslagning av {idea}", $"Undo the merge of {idea}");

    public static string Edit => UiText.Pick("Redigera", "Edit");

    public static string EditFor(string idea) => UiText.Pick($"Redigera {idea}", $"Edit {idea}");

    public static string SaveEdit => UiText.Pick("Spara texten", "Save the text");

    public static string Cancel => UiText.Pick("Avbryt", "Cancel");

    public static string Saved => UiText.Pick("Sparat.", "Saved.");

    public static string DotsLeft(int left, int of) => UiText.Pick($"Du har {left} av {of} prickar kvar.", $"You have {left} of {of} dots left.");

    public static string PerIdeaLimit(int max) => UiText.Pick($"Högst {max} prickar per idé.", $"At most {max} dots per idea.");

    public static string AddDot => UiText.Pick("Lägg en prick", "Add a dot");

    public static string AddDotOn(string idea) => UiText.Pick($"Lägg en prick på {idea}", $"Add a dot to {idea}");

    public static string RemoveDot => UiText.Pick("Ta bort en prick", "Remove a dot");

    public static string RemoveDotFrom(string idea) => UiText.Pick($"Ta bort en prick från {idea}", $"Remove a dot from {idea}");

    public static string MyDots(int count) => UiText.Pick(count == 1 ? "1 prick från dig" : $"{count} prickar från dig", count == 1 ? "1 dot from you" : $"{count} dots from you");

    public static string Dots(int count) => UiText.Pick(count == 1 ? "1 prick" : $"{count} prickar", count == 1 ? "1 dot" : $"{count} dots");

    public static string RunningCount => UiText.Pick("Röstningen pågår; antalet prickar uppdateras direkt.", "The vote is open; the dot counts update as people vote.");

    public static string ResultsAfterClosing => UiText.Pick("Resultatet visas när röstningen har stängt.", "The results show once the vote has closed.");

    public static string Results => UiText.Pick("Resultat", "Results");

    public static string VoteIdeas => UiText.Pick("Idéer att rösta på", "Ideas to vote on");

    public static string NotParticipant => UiText.Pick("Du följer tavlan men är inte en av deltagarna.", "You follow the board but are not one of its participants.");

    public static string Boards => UiText.Pick("Idétavlor och röstningar", "Idea boards and votes");

    public static string NoBoards(FlowKind kind) => UiText.Pick(
        $"{KindTexts.Sv(kind).DefiniteCapitalised} har inga idétavlor eller röstningar än.", $"{KindTexts.En(kind).DefiniteCapitalised} has no idea boards or votes yet.");

    public static string KindName(Activities.Collections.CollectionKind kind) => kind == Activities.Collections.CollectionKind.Ideas
        ? UiText.Pick("Idétavla", "Idea board")
        : UiText.Pick("Prickröstning", "Dot vote");
}
