using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Account;

/// <summary>The texts of the account pages: sign in, invitation, forgotten and new password, access denied.</summary>
internal static class AccountTexts
{
    public static string SignInTitle => UiText.Pick("Logga in", "Sign in");

    public static string SignIn => UiText.Pick("Logga in", "Sign in");

    public static string Email => UiText.Pick("E-postadress", "Email address");

    public static string Password => UiText.Pick("Lösenord", "Password");

    public static string RememberMe => UiText.Pick("Kom ihåg mig på den här datorn", "Remember me on this computer");

    public static string ForgotPasswordLink => UiText.Pick("Glömt lösenordet?", "Forgot your password?");

    public static string SignInWith(string provider) => UiText.Pick($"Logga in med {provider}", $"Sign in with {provider}");

    public static string Or => UiText.Pick("eller", "or");

    public static string EmailRequired => UiText.Pick("Fyll i din e-postadress.", "Enter your email address.");

    public static string PasswordRequired => UiText.Pick("Fyll i ditt lösenord.", "Enter your password.");

    /// <summary>
    /// The one answer to every failed sign-in (unknown email, wrong password, locked or inactive account): saying
    /// "locked" only for real accounts would tell anyone which emails have one, so the lockout is explained to all.
    /// </summary>
    public static string SignInFailed(int lockoutMinutes) => UiText.Pick(
        $"E-postadressen eller lösenordet är fel, eller så kan kontot inte logga in just nu. Efter fem misslyckade försök spärras kontot i {lockoutMinutes} minuter; välj ett nytt lösenord med ”Glömt lösenordet?” om du behöver.",
        $"The email address or password is wrong, or the account cannot sign in right now. After five failed attempts an account is locked for {lockoutMinutes} minutes; choose a new password with \"Forgot your password?\" if you need one.");

    public static string PasswordSaved => UiText.Pick(
        "Ditt lösenord är sparat. Logga in med det.",
        "Your password is saved. Sign in with it.");

    public static string AcceptInvitationTitle => UiText.Pick("Välj ditt lösenord", "Choose your password");

    public static string AcceptInvitationIntro => UiText.Pick(
        "Välkommen till LabFlow! Välj ett lösenord för ditt konto. Sedan loggar du in med din e-postadress och lösenordet.",
        "Welcome to LabFlow! Choose a password for your account. Then you sign in with your email address and the password.");

    public static string NewPassword => UiText.Pick("Nytt lösenord", "New password");

    public static string ConfirmPassword => UiText.Pick("Upprepa lösenordet", "Repeat the password");

    public static string PasswordRules(int length, int uniqueCharacters) => UiText.Pick(
        $"Minst {length} tecken, varav minst {uniqueCharacters} olika. En lösenfras med några ord, till exempel ”kaffe cykel regn fönster”, är lätt att minnas och svår att gissa.",
        $"At least {length} characters, at least {uniqueCharacters} of them different. A passphrase of a few words, such as \"coffee bicycle rain window\", is easy to remember and hard to guess.");

    public static string SavePassword => UiText.Pick("Spara lösenordet", "Save the password");

    public static string ChoosePassword => UiText.Pick("Välj ett lösenord.", "Choose a password.");

    public static string PasswordTooShort(int length) => UiText.Pick(
        $"Lösenordet är för kort: det behöver minst {length} tecken.",
        $"The password is too short: it needs at least {length} characters.");

    public static string PasswordTooFewUnique(int uniqueCharacters) => UiText.Pick(
        $"Lösenordet behöver minst {uniqueCharacters} olika tecken.",
        $"The password needs at least {uniqueCharacters} different characters.");

    public static string PasswordNotAccepted => UiText.Pick(
        "Lösenordet godtogs inte. Välj ett annat, längre lösenord.",
        "The password was not accepted. Choose another, longer password.");

    public static string PasswordsDiffer => UiText.Pick(
        "Lösenorden är inte likadana. Skriv samma lösenord i båda fälten.",
        "The passwords are not the same. Type the same password in both fields.");

    public static string InvalidInvitationTitle => UiText.Pick("Länken fungerar inte", "The link does not work");

    public static string InvalidInvitation => UiText.Pick(
        "Inbjudningslänken är ogiltig, redan använd eller för gammal. Be en administratör att bjuda in dig igen.",
        "The invitation link is invalid, already used or expired. Ask an administrator to invite you again.");

    public static string InvalidResetLink => UiText.Pick(
        "Länken är ogiltig, redan använd eller för gammal. Be om en ny länk.",
        "The link is invalid, already used or expired. Ask for a new link.");

    public static string ForgotPasswordTitle => UiText.Pick("Glömt lösenordet", "Forgotten password");

    public static string ForgotPasswordIntro => UiText.Pick(
        "Fyll i din e-postadress så skickar vi en länk där du kan välja ett nytt lösenord.",
        "Enter your email address and we will send you a link where you can choose a new password.");

    public static string SendLink => UiText.Pick("Skicka länken", "Send the link");

    public static string ResetRequested => UiText.Pick(
        "Om e-postadressen hör till ett konto i LabFlow är en länk för att välja nytt lösenord på väg. Titta i din inkorg.",
        "If the email address belongs to a LabFlow account, a link to choose a new password is on its way. Check your inbox.");

    public static string AskForNewLink => UiText.Pick("Be om en ny länk", "Ask for a new link");

    public static string BackToSignIn => UiText.Pick("Tillbaka till inloggningen", "Back to sign in");

    public static string ResetPasswordTitle => UiText.Pick("Välj ett nytt lösenord", "Choose a new password");

    public static string AccessDeniedTitle => UiText.Pick("Ingen behörighet", "Access denied");

    public static string AccessDeniedText => UiText.Pick(
        "Du har inte behörighet att se den här sidan. Behöver du den, be en administratör om rätt roll.",
        "You do not have permission to see this page. If you need it, ask an administrator for the right role.");
}
