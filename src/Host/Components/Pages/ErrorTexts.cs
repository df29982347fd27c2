using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages;

/// <summary>The texts of the error and not-found pages; never a stack trace or an exception's message.</summary>
internal static class ErrorTexts
{
    public static string NotFoundTitle => UiText.Pick("Sidan finns inte", "Page not found");

    public static string NotFoundText => UiText.Pick(
        "Sidan du letar efter finns inte, eller så har den flyttats. Kontrollera adressen, eller gå till Mina uppgifter.",
        "The page you are looking for does not exist, or it has moved. Check the address, or go to My tasks.");

    public static string BadRequestTitle => UiText.Pick("Formuläret kunde inte skickas", "The form could not be sent");

    public static string BadRequestText => UiText.Pick(
        "Sidan var för gammal eller förfrågan var ofullständig. Ladda om sidan och försök igen.",
        "The page was too old or the request was incomplete. Reload the page and try again.");

    public static string ErrorTitle => UiText.Pick("Något gick fel", "Something went wrong");

    public static string ErrorText => UiText.Pick(
        "LabFlow kunde inte visa sidan. Felet är loggat. Försök igen om en stund, och säg till en administratör om det fortsätter.",
        "LabFlow could not show the page. The error has been logged. Try again in a while, and tell an administrator if it keeps happening.");
}
