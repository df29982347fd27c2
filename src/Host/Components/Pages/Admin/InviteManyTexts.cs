using LabFlow.Activities.Organisation;
using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>The texts of inviting several people at once.</summary>
internal static class InviteManyTexts
{
    public static string Title => UiText.Pick("Bjud in flera", "Invite several people");

    public static string Intro => UiText.Pick(
        "Klistra in en e-postadress per rad, eller en CSV-fil med kolumnerna namn, e-post, förvaltning, roll. Var och en får en inbjudan att välja lösenord.",
        "Paste one email address per line, or a CSV file with the columns name, email, administration, role. Each person gets an invitation to choose a password.");

    public static string ListLabel => UiText.Pick("E-postadresser eller CSV", "Email addresses or CSV");

    public static string ListHint => UiText.Pick(
        "Till exempel: Anna Berg,anna.berg@goteborg.se,Förskoleförvaltningen,Participant",
        "For example: Anna Berg,anna.berg@goteborg.se,Förskoleförvaltningen,Participant");

    public static string FileLabel => UiText.Pick("Eller välj en CSV-fil", "Or choose a CSV file");

    public static string DefaultsHint => UiText.Pick(
        "Gäller en lista med bara e-postadresser: alla får den här förvaltningen och rollen.",
        "For a list of email addresses only: everyone gets this administration and role.");

    public static string Submit => UiText.Pick("Bjud in", "Invite");

    public static string Line => UiText.Pick("Rad", "Line");

    public static string Email => UiText.Pick("E-post", "Email");

    public static string Result => UiText.Pick("Resultat", "Result");

    public static string NothingToInvite => UiText.Pick(
        "Det finns ingen att bjuda in, eller fler än 500 rader. Skriv en e-postadress per rad eller klistra in en CSV-fil.",
        "There is nobody to invite, or more than 500 rows. Write one email address per line or paste a CSV file.");

    public static string FileTooLarge(long kibibytes) => UiText.Pick(
        $"Filen är större än {kibibytes} kB. Dela upp den i flera filer.",
        $"The file is larger than {kibibytes} kB. Split it into several files.");

    public static string Summary(IReadOnlyList<InvitationRowResult> results) => UiText.Pick(
        $"{results.Count(r => r.Status == InvitationRowStatus.Created)} inbjudna, {results.Count(r => r.Status == InvitationRowStatus.AlreadyExists)} fanns redan, {results.Count(r => r.Status == InvitationRowStatus.Invalid)} rader att rätta",
        $"{results.Count(r => r.Status == InvitationRowStatus.Created)} invited, {results.Count(r => r.Status == InvitationRowStatus.AlreadyExists)} already there, {results.Count(r => r.Status == InvitationRowStatus.Invalid)} rows to fix");

    /// <summary>An invalid row's message is the domain's coded message (it names the line and field), shown in the page's language.</summary>
    public static string Status(InvitationRowResult row) => row.Status switch
    {
        InvitationRowStatus.Created => UiText.Pick("Inbjuden", "Invited"),
        InvitationRowStatus.AlreadyExists => UiText.Pick("Finns redan", "Already exists"),
        _ => UiText.Pick($"Rätta fältet {row.Field}: {row.Message?.In(UiText.Language)}", $"Fix the field {row.Field}: {row.Message?.In(UiText.Language)}"),
    };
}
