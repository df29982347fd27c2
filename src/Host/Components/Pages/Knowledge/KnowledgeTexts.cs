using LabFlow.Activities.Knowledge;
using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Knowledge;

/// <summary>The texts of the knowledge bank's pages, in Swedish and English.</summary>
internal static class KnowledgeTexts
{
    public static string BankTitle => T("Kunskapsbanken", "The knowledge bank");
    public static string BankIntro => T(
        "Det andra labb har lärt sig: insikter, idéer, prototyper, beslut och resultat av uppföljningar. Sökningen hittar alla böjningsformer av orden.",
        "What other labs have learned: insights, ideas, prototypes, decisions and follow-up results. The search finds every inflected form of the words.");
    public static string Filters => T("Sök och filtrera", "Search and filter");
    public static string Search => T("Sökord", "Search words");
    public static string TargetArea => T("Målområde i programmet för en jämlik stad", "Target area of the equality programme");
    public static string Ground => T("Diskrimineringsgrund", "Ground of discrimination");
    public static string Administration => T("Förvaltning", "Administration");
    public static string Phase => T("Fas", "Phase");
    public static string Year => T("År", "Year");
    public static string All => T("Alla", "All");
    public static string ApplyFilters => T("Sök", "Search");
    public static string ClearFilters => T("Rensa sökningen", "Clear the search");
    public static string NoMatches => T("Inga poster matchar sökningen.", "No entries match the search.");
    public static string Count(int count) => T($"{count} poster", $"{count} entries");
    public static string OpenLab => T("Öppna labbet och dess rapport", "Open the lab and its report");
    public static string Results => T("Sökresultat", "Search results");
    public static string OpenReport => T("Öppna labbrapporten (Word)", "Open the lab report (Word)");

    public static string SuggestionsHeading => T("Från kunskapsbanken: andra labb om samma sak", "From the knowledge bank: other labs on the same subject");
    public static string SuggestionsIntro => T(
        "Labbet utforskar just nu. Det här har andra labb lärt sig om samma målområden, grunder eller frågor.",
        "The lab is exploring now. This is what other labs learned about the same target areas, grounds or questions.");

    public static string HandoverHeading => T("Publicera lärdomar i kunskapsbanken", "Publish learnings to the knowledge bank");
    public static string HandoverIntro => T(
        "Vid överlämningen väljer du vilka insikter, idéer, prototyper, beslut och resultat av uppföljningar som ska finnas kvar för nästa labb. Skriv dem utan personuppgifter: kunskapsbanken läses av alla i staden.",
        "At handover you choose which insights, ideas, prototypes, decisions and follow-up results stay for the next lab. Write them without personal data: everyone in the city reads the knowledge bank.");
    public static string Choose(string title) => T($"Välj {title}", $"Choose {title}");
    public static string PublishChosen => T("Publicera valda", "Publish the chosen ones");
    public static string ConfirmChosen => T("Jag har tagit bort personuppgifter ur de valda posterna", "I have removed personal data from the chosen entries");
    public static string PublishedCount(int count) => T($"{count} poster är publicerade i kunskapsbanken.", $"{count} entries are published to the knowledge bank.");
    public static string NoDrafts => T("Labbet har inga opublicerade utkast. Skriv ett nedan.", "The lab has no unpublished drafts. Write one below.");

    // Starts with the page's own words, so speech control users can say what they see.
    public static string LabLink => T("Labbets lärdomar i kunskapsbanken: skriv och publicera", "The lab's learnings in the knowledge bank: write and publish");
    public static string LabTitle => T("Labbets lärdomar i kunskapsbanken", "The lab's learnings in the knowledge bank");
    public static string LabIntro => T(
        "Välj vad labbet har lärt sig och skriv det så att nästa labb har nytta av det. Ta bort personuppgifter: kunskapsbanken läses av alla i staden.",
        "Choose what the lab has learned and write it so that the next lab can use it. Remove personal data: everyone in the city reads the knowledge bank.");
    public static string NewEntry => T("Ny post", "New entry");
    public static string Kind => T("Slag", "Kind");
    public static string EntryTitle => T("Rubrik", "Title");
    public static string EntryText => T("Text", "Text");
    public static string SaveDraft => T("Spara som utkast", "Save as draft");
    public static string Draft => T("Utkast", "Draft");
    public static string Published => T("Publicerad", "Published");
    public static string Publish => T("Publicera", "Publish");
    public static string Withdraw => T("Dra tillbaka", "Withdraw");
    public static string ConfirmNoPersonalData => T("Jag har tagit bort personuppgifter ur posten", "I have removed personal data from the entry");
    public static string NoEntries => T("Labbet har inga poster ännu.", "The lab has no entries yet.");
    public static string Entries => T("Labbets poster", "The lab's entries");
    public static string Related => T("Relaterat från andra labb", "Related from other labs");
    public static string NoRelated => T("Inga relaterade poster hittades.", "No related entries were found.");
    public static string Saved => T("Posten är sparad.", "The entry is saved.");
    public static string BackToLab => T("Tillbaka till labbet", "Back to the lab");
    public static string Loading => T("Hämtar …", "Loading …");

    public static string KindName(KnowledgeKind kind) => kind switch
    {
        KnowledgeKind.Insight => T("Insikt", "Insight"),
        KnowledgeKind.Idea => T("Idé", "Idea"),
        KnowledgeKind.Prototype => T("Prototyp", "Prototype"),
        KnowledgeKind.Decision => T("Beslut", "Decision"),
        _ => T("Resultat av uppföljning", "Follow-up result"),
    };

    private static string T(string swedish, string english) => UiText.Pick(swedish, english);
}
