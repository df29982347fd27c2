using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Settings;

/// <summary>The texts of the personal settings pages in Swedish and English.</summary>
internal static class SettingsTexts
{
    public static string Title => UiText.Pick("Inställningar", "Settings");

    public static string Intro => UiText.Pick("Dina egna inställningar i LabFlow.", "Your own settings in LabFlow.");

    public static string LanguageTitle => UiText.Pick("Språk", "Language");

    public static string LanguageIntro => UiText.Pick(
        "Språket på sidorna och i mejlen som LabFlow skickar dig.",
        "The language of the pages and of the emails LabFlow sends you.");

    public static string LanguageLegend => UiText.Pick("Välj språk", "Choose a language");

    public static string SaveLanguage => UiText.Pick("Spara språket", "Save the language");

    public static string LanguageSaved => UiText.Pick("Språket är sparat.", "The language is saved.");

    public static string DigestTitle => UiText.Pick("Daglig sammanfattning", "Daily digest");

    public static string DigestLabel => UiText.Pick(
        "Skicka mig ett mejl kl. 08.00 varje dag med mina öppna uppgifter",
        "Send me an email at 08:00 every day with my open tasks");

    public static string DigestHint => UiText.Pick(
        "Mejl om dina egna uppgifter och påminnelser får du ändå.",
        "You get the emails about your own tasks and reminders either way.");

    public static string SaveDigest => UiText.Pick("Spara valet", "Save the choice");

    public static string DigestOn => UiText.Pick("Du får den dagliga sammanfattningen.", "You get the daily digest.");

    public static string DigestOff => UiText.Pick("Du får inte den dagliga sammanfattningen.", "You do not get the daily digest.");

    public static string TokensTitle => UiText.Pick("Personliga åtkomsttoken", "Personal access tokens");

    public static string TokensIntro => UiText.Pick(
        "En token låter ett skript använda LabFlows API med dina behörigheter. Återkalla den när den inte behövs.",
        "A token lets a script use LabFlow's API with your permissions. Revoke it when it is no longer needed.");

    public static string TokenName => UiText.Pick("Namn på token", "Token name");

    public static string TokenNameHint => UiText.Pick("Vad den används till, till exempel ”veckoexport”.", "What it is for, such as \"weekly export\".");

    public static string TokenExpiry => UiText.Pick("Gäller till och med (valfritt)", "Valid until (optional)");

    public static string TokenExpiryHint => UiText.Pick("Lämna tomt för en token som gäller tills du återkallar den.", "Leave empty for a token that works until you revoke it.");

    public static string CreateToken => UiText.Pick("Skapa token", "Create the token");

    public static string CookieOnly => UiText.Pick(
        "Du kan bara skapa token när du har loggat in i webbläsaren, inte med en token.",
        "You can only create tokens when signed in in the browser, not with a token.");

    public static string NewTokenTitle => UiText.Pick("Din nya token", "Your new token");

    public static string NewTokenLabel(string name) => UiText.Pick($"Token ”{name}”", $"Token \"{name}\"");

    public static string CopyHint => UiText.Pick(
        "Kopiera den nu och spara den på ett säkert ställe. Den visas bara den här gången.",
        "Copy it now and keep it somewhere safe. It is shown only this once.");

    public static string TokenCopied => UiText.Pick("Jag har kopierat den", "I have copied it");

    public static string NoTokens => UiText.Pick("Du har inga token.", "You have no tokens.");

    public static string TokenList => UiText.Pick("Dina token", "Your tokens");

    public static string Name => UiText.Pick("Namn", "Name");

    public static string Starts => UiText.Pick("Börjar med", "Starts with");

    public static string Created => UiText.Pick("Skapad", "Created");

    public static string LastUsed => UiText.Pick("Senast använd", "Last used");

    public static string Expires => UiText.Pick("Gäller till", "Expires");

    public static string Never => UiText.Pick("Aldrig", "Never");

    public static string NoExpiry => UiText.Pick("Tills den återkallas", "Until revoked");

    public static string Actions => UiText.Pick("Åtgärder", "Actions");

    public static string Revoke => UiText.Pick("Återkalla …", "Revoke …");

    public static string RevokeLabel(string name) => UiText.Pick($"Återkalla token ”{name}”", $"Revoke token \"{name}\"");

    public static string ConfirmRevoke(string name) => UiText.Pick(
        $"Vill du återkalla token ”{name}”? Skript som använder den slutar fungera direkt.",
        $"Do you want to revoke token \"{name}\"? Scripts that use it stop working at once.");

    public static string YesRevoke => UiText.Pick("Ja, återkalla", "Yes, revoke");

    public static string Cancel => UiText.Pick("Avbryt", "Cancel");

    public static string Revoked(string name) => UiText.Pick($"Token ”{name}” är återkallad.", $"Token \"{name}\" is revoked.");

    public static string TokenNameRequired(int max) => UiText.Pick(
        $"Ge token ett namn på 1–{max} tecken, till exempel ”veckoexport”.",
        $"Give the token a name of 1–{max} characters, such as \"weekly export\".");

    public static string TokenExpiryPast => UiText.Pick(
        "Datumet har redan passerat. Välj i dag eller ett senare datum, eller lämna fältet tomt.",
        "The date has passed. Choose today or a later date, or leave the field empty.");

    public static string NoPerson => UiText.Pick(
        "Ditt konto är inte kopplat till en person i LabFlow. Kontakta en administratör.",
        "Your account is not linked to a person in LabFlow. Contact an administrator.");

    public static string PageTitle(string page) => $"{page} – LabFlow";
}
