using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>The texts of the data export, erasure and access log in Swedish and English.</summary>
internal static class PrivacyTexts
{
    public static string MyDataTitle => UiText.Pick("Mina uppgifter", "My data");

    public static string MyDataIntro => UiText.Pick(
        "Ladda ner det LabFlow har sparat om dig: dina roller, labb, uppgifter med dina svar, kommentarer, historik, mejl till dig, ersättare och token. Svar som du inte får läsa är inte med.",
        "Download what LabFlow holds about you: your roles, labs, tasks with your answers, comments, history, emails to you, stand-ins and tokens. Answers you may not read are not included.");

    public static string DownloadDocument => UiText.Pick("Ladda ner mina uppgifter", "Download my data");

    public static string DownloadJson => UiText.Pick("Ladda ner mina uppgifter som JSON", "Download my data as JSON");

    public static string ErasureTitle => UiText.Pick("Radera personen", "Erase the person");

    public static string ErasureIntro(string name) => UiText.Pick(
        $"Radering ersätter {name}s namn och e-postadress överallt, tömmer svar i fält som är markerade som personuppgifter, tar bort kontot och mejl som inte har skickats. Uppgifter, labb och statistik finns kvar. Beslutet sparas med vem som fattade det, när och varför. Det går inte att ångra.",
        $"Erasure replaces {name}'s name and email address everywhere, empties answers in fields marked as personal data, removes the account and emails not yet sent. Tasks, labs and statistics stay. The decision is kept with who made it, when and why. It cannot be undone.");

    public static string ExportPerson => UiText.Pick("Ladda ner personens uppgifter", "Download the person's data");

    public static string Reason => UiText.Pick("Skäl för beslutet (krävs)", "Reason for the decision (required)");

    public static string ReasonHint => UiText.Pick(
        "Till exempel begäran om radering och datum, eller ärendenummer. Skriv inte känsliga uppgifter.",
        "For example the request for erasure and its date, or a case number. Do not write sensitive data.");

    public static string Erase => UiText.Pick("Radera …", "Erase …");

    public static string ConfirmErase(string name) => UiText.Pick(
        $"Vill du radera {name}? Det går inte att ångra.",
        $"Do you want to erase {name}? It cannot be undone.");

    public static string YesErase => UiText.Pick("Ja, radera", "Yes, erase");

    public static string Cancel => UiText.Pick("Avbryt", "Cancel");

    public static string Erased(string pseudonym) => UiText.Pick(
        $"Personen är raderad och heter nu {pseudonym}.",
        $"The person is erased and is now called {pseudonym}.");

    public static string ErasedBefore(string when, string reason) => UiText.Pick(
        $"Personen raderades {when}. Skäl: {reason}",
        $"The person was erased on {when}. Reason: {reason}");

    public static string AccessLogTitle => UiText.Pick("Åtkomstlogg", "Access log");

    public static string AccessLogIntro => UiText.Pick(
        "Vem som har läst svaren i känsliga steg (steg med egna läsare, till exempel lönekartläggning) i dina förvaltningar, senaste först. Loggen innehåller aldrig själva svaren.",
        "Who read the answers of sensitive steps (steps with their own readers, such as the pay survey) in your administrations, newest first. The log never holds the answers themselves.");

    public static string NoReads => UiText.Pick("Ingen har läst svar i känsliga steg ännu.", "Nobody has read answers of sensitive steps yet.");

    public static string When => UiText.Pick("När", "When");

    public static string Reader => UiText.Pick("Läsare", "Reader");

    public static string TaskColumn => UiText.Pick("Uppgift", "Task");

    public static string Step => UiText.Pick("Steg", "Step");

    public static string Administration => UiText.Pick("Förvaltning", "Administration");

    public static string UnknownReader => UiText.Pick("(okänd person)", "(unknown person)");
}
