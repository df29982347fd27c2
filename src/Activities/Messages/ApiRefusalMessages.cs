namespace LabFlow.Activities.Messages;

/// <summary>
/// Refusals the API's endpoint files make themselves (a lab whose flow has not started yet, a token that is not the
/// caller's, single sign-on that is not set up, a change sent without the version it was read at, an idea whose
/// answers do not fit), so their <c>detail</c> follows the caller's language like every other refusal.
/// </summary>
public static class ApiRefusalMessages
{
    public static readonly MessageText LabNotRunning = new(
        "lab.not_running",
        "Labb {labId} har inget flöde igång än. Försök igen om en liten stund.",
        "Lab {labId} has no running flow yet. Try again in a moment.");

    public static readonly MessageText TokenNotFound = new(
        "account.token_not_found",
        "Du har ingen token {tokenId}. Se dina tokens på /api/v1/account/tokens.",
        "You have no token {tokenId}. List your tokens at /api/v1/account/tokens.");

    /// <summary>The one answer to every failed sign-in (unknown email, wrong password, locked, inactive): it tells nobody which.</summary>
    public static readonly MessageText SignInFailed = new(
        "account.sign_in_failed",
        "E-postadressen eller lösenordet är fel, eller så kan kontot inte logga in just nu. Efter 5 misslyckade försök spärras kontot i 15 minuter; välj \"glömt lösenordet\" om du behöver ett nytt.",
        "The email or password is wrong, or the account cannot sign in right now. After 5 failed attempts an account is locked for 15 minutes; use \"forgot password\" if you need a new one.");

    public static readonly MessageText SingleSignOnIncomplete = new(
        "account.sso_incomplete",
        "Den enkla inloggningen blev inte klar. Börja om på /api/v1/account/sso.",
        "Single sign-on did not complete. Start again at /api/v1/account/sso.");

    public static readonly MessageText SingleSignOnNoAccount = new(
        "account.sso_no_account",
        "Inget LabFlow-konto matchar din inloggning. Be en administratör bjuda in dig med den e-postadress du använder i arbetet.",
        "No LabFlow account matches your sign-in. Ask an administrator to invite you with the email address you use at work.");

    public static readonly MessageText SingleSignOnNotConfigured = new(
        "account.sso_not_configured",
        "Enkel inloggning är inte inställd. En administratör anger LabFlow:Authentication:Oidc:Authority, ClientId och ClientSecret.",
        "Single sign-on is not configured. An administrator sets LabFlow:Authentication:Oidc:Authority, ClientId and ClientSecret.");

    public static readonly MessageText VersionRequiredTitle = new("request.version_required", "Version krävs", "Version required");

    public static readonly MessageText VersionRequired = new(
        "request.version_required_detail",
        "Skicka versionen du läste: If-Match-huvudet med ETag från {readFrom}, eller fältet \"version\" i innehållet. En ändring som gjorts sedan dess skrivs inte över.",
        "Send the version you read: the If-Match header with the ETag of {readFrom}, or a \"version\" field in the body. A change made since then is not overwritten.");

    public static readonly MessageText VersionsDisagree = new(
        "request.versions_disagree",
        "Innehållets version {body} och If-Match {ifMatch} stämmer inte överens; skicka en av dem, den version som {readFrom} svarade med.",
        "The body's version {body} and If-Match {ifMatch} disagree; send one of them, the version {readFrom} answered.");

    public static readonly MessageText IdeaInvalid = new(
        "collection.idea_invalid",
        "Idén kan inte lämnas in förrän alla fält är rättade; varje fält säger vad som ska ändras.",
        "The idea cannot be submitted until every field is fixed.");

    public static readonly MessageText CollectionAlreadyClosed = new(
        "collection.closed_before",
        "Insamlingen {collectionId} är redan stängd; inget ändrades.",
        "Collection {collectionId} was already closed; nothing was changed.");
}
