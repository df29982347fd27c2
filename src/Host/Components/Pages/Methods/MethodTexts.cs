using LabFlow.Activities.Methods;
using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Methods;

/// <summary>The texts of the method library's pages in Swedish and English.</summary>
internal static class MethodTexts
{
    public static string ListTitle => UiText.Pick("Metodbibliotek", "Method library");

    public static string ListIntro => UiText.Pick(
        "Metoder för labbets faser, med steg-för-steg-instruktioner och hur ni får med alla. Workshoppar och uppgifter länkar hit.",
        "Methods for the lab's phases, with step-by-step instructions and how to include everyone. Workshops and tasks link here.");

    public static string Filters => UiText.Pick("Sök och filtrera", "Search and filter");

    public static string Search => UiText.Pick("Sök", "Search");

    public static string Phase => UiText.Pick("Fas", "Phase");

    public static string AllPhases => UiText.Pick("Alla faser", "All phases");

    public static string Ground => UiText.Pick("Diskrimineringsgrund", "Ground of discrimination");

    public static string AllGrounds => UiText.Pick("Alla grunder", "All grounds");

    public static string ApplyFilters => UiText.Pick("Visa", "Show");

    public static string ClearFilters => UiText.Pick("Visa alla metoder", "Show all methods");

    public static string Empty => UiText.Pick("Biblioteket har inga metoder ännu.", "The library has no methods yet.");

    public static string NoMatches => UiText.Pick("Inga metoder matchar sökningen. Pröva ett annat ord eller ta bort ett filter.", "No methods match the search. Try another word or remove a filter.");

    public static string Count(int count) => UiText.Pick(count == 1 ? "1 metod" : $"{count} metoder", count == 1 ? "1 method" : $"{count} methods");

    public static string Method => UiText.Pick("Metod", "Method");

    public static string Purpose => UiText.Pick("Syfte", "Purpose");

    public static string Time => UiText.Pick("Tid", "Time");

    public static string GroupSize => UiText.Pick("Gruppstorlek", "Group size");

    public static string Phases => UiText.Pick("Faser", "Phases");

    public static string Rating => UiText.Pick("Betyg", "Rating");

    public static string Minutes(MethodRange range) =>
        range.Min == range.Max ? UiText.Pick($"{range.Min} min", $"{range.Min} min") : UiText.Pick($"{range.Min}–{range.Max} min", $"{range.Min}–{range.Max} min");

    public static string People(MethodRange range) =>
        range.Min == range.Max ? UiText.Pick($"{range.Min} personer", $"{range.Min} people") : UiText.Pick($"{range.Min}–{range.Max} personer", $"{range.Min}–{range.Max} people");

    public static string Ratings(MethodRatings ratings) => ratings.Average is { } average
        ? UiText.Pick(
            $"{average.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("sv-SE"))} av 5 ({ratings.Count} {(ratings.Count == 1 ? "betyg" : "betyg")})",
            $"{average.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} of 5 ({ratings.Count} {(ratings.Count == 1 ? "rating" : "ratings")})")
        : UiText.Pick("Inga betyg ännu", "No ratings yet");

    public static string PhaseName(string phase) => phase switch
    {
        "prepare" => UiText.Pick("Förbereda", "Prepare"),
        "explore" => UiText.Pick("Utforska", "Explore"),
        "ideate" => UiText.Pick("Ta fram idéer", "Ideate"),
        "prototype" => UiText.Pick("Testa idéer", "Prototype"),
        "evaluate" => UiText.Pick("Utvärdera", "Evaluate"),
        "follow-up" => UiText.Pick("Följa upp", "Follow up"),
        _ => phase,
    };

    public static string GroundName(string ground) =>
        MethodRules.Grounds.FirstOrDefault(g => g.Value == ground)?.Label.Get() ?? ground;

    public static string Materials => UiText.Pick("Material", "Materials");

    public static string Instructions => UiText.Pick("Så här gör ni", "How to run it");

    public static string Equality => UiText.Pick("Jämlikhet: få med alla", "Equality: include everyone");

    public static string Grounds => UiText.Pick("Diskrimineringsgrunder att tänka på", "Grounds of discrimination to consider");

    public static string NoGrounds => UiText.Pick("Inga särskilda grunder angivna.", "No particular grounds given.");

    public static string Source => UiText.Pick("Källa", "Source");

    public static string Version(int version, DateTimeOffset at) =>
        UiText.Pick($"Version {version}, {UiText.DateTime(at)}", $"Version {version}, {UiText.DateTime(at)}");

    public static string BackToList => UiText.Pick("Till metodbiblioteket", "Back to the method library");

    public static string NotFoundTitle => UiText.Pick("Metoden finns inte", "Method not found");

    public static string NotFoundText(string id) => UiText.Pick(
        $"Metodbiblioteket har ingen metod med id '{id}'. Sök efter metoden i biblioteket.",
        $"The method library has no method with the id '{id}'. Search for the method in the library.");

    public static string Edit => UiText.Pick("Redigera metoden", "Edit the method");

    public static string New => UiText.Pick("Ny metod", "New method");

    public static string RateTitle => UiText.Pick("Betygsätt metoden", "Rate the method");

    public static string RateHelp => UiText.Pick(
        "Hur väl fungerade metoden när du använde den? 1 = inte alls, 5 = mycket bra.",
        "How well did the method work when you used it? 1 = not at all, 5 = very well.");

    public static string YourRating => UiText.Pick("Ditt betyg", "Your rating");

    public static string Stars(int stars) => UiText.Pick($"{stars} av 5", $"{stars} of 5");

    public static string SaveRating => UiText.Pick("Spara betyget", "Save the rating");

    public static string Rated(int stars) => UiText.Pick($"Ditt betyg {stars} av 5 är sparat.", $"Your rating of {stars} of 5 is saved.");

    public static string EditTitle(string name) => UiText.Pick($"Redigera {name}", $"Edit {name}");

    public static string EditIntro => UiText.Pick(
        "Skriv på svenska och gärna på engelska. Instruktioner, material, inkludering och källa skrivs i Markdown: numrerade steg med 1., listor med -, fetstil med **text**, länkar med [text](https://…). Förhandsvisningen visar hur texten blir.",
        "Write in Swedish and preferably in English. Instructions, materials, inclusion and source are Markdown: numbered steps with 1., lists with -, bold with **text**, links with [text](https://…). The preview shows how the text will look.");

    public static string Id => UiText.Pick("Id (små bokstäver, siffror och bindestreck)", "Id (lowercase letters, digits and hyphens)");

    public static string Swedish => UiText.Pick("på svenska", "in Swedish");

    public static string English => UiText.Pick("på engelska", "in English");

    public static string Name => UiText.Pick("Namn", "Name");

    public static string Inclusion => UiText.Pick("Hur alla inkluderas", "How everyone is included");

    public static string MinutesMin => UiText.Pick("Tid, minst (minuter)", "Time, at least (minutes)");

    public static string MinutesMax => UiText.Pick("Tid, högst (minuter)", "Time, at most (minutes)");

    public static string GroupMin => UiText.Pick("Gruppstorlek, minst", "Group size, at least");

    public static string GroupMax => UiText.Pick("Gruppstorlek, högst", "Group size, at most");

    public static string Preview => UiText.Pick("Förhandsvisning", "Preview");

    public static string Save => UiText.Pick("Spara som ny version", "Save as a new version");

    public static string Cancel => UiText.Pick("Avbryt", "Cancel");

    public static string Saved(int version) => UiText.Pick($"Metoden är sparad som version {version}.", $"The method is saved as version {version}.");

    public static string NotAllowedToEdit => UiText.Pick(
        "Bara designer och administratörer kan redigera metoder. Du kan läsa metoden i biblioteket.",
        "Only designers and administrators can edit methods. You can read the method in the library.");

    public static string MethodLinksTitle => UiText.Pick("Metoder i steget", "Methods in this step");

    public static string AgendaItemMethod(string item) => UiText.Pick($"på agendan: {item}", $"on the agenda: {item}");

    public static string UnknownMethod(string id) => UiText.Pick($"{id} (finns inte i metodbiblioteket)", $"{id} (not in the method library)");

    public static string LibraryMethod => UiText.Pick("Metod ur metodbiblioteket", "Method from the method library");

    public static string NoLibraryMethod => UiText.Pick("Ingen metod ur biblioteket", "No method from the library");
}
