using LabFlow.Activities.Labs;
using LabFlow.Host.Components.Shared;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Pages.Register;

/// <summary>The lab's participant register page, Swedish first with English.</summary>
internal static class LabRegisterTexts
{
    public static string Title => UiText.Pick("Deltagare och närvaro", "Participants and attendance");

    public static string BackToLab(FlowKind kind) => UiText.Pick($"Tillbaka till {KindTexts.Sv(kind).Definite}", $"Back to {KindTexts.En(kind).Definite}");

    public static string Intro => UiText.Pick(
        "Fyll i vilka som var med på varje workshop, seminarium eller konferens och hur många timmar. Siffrorna går till projektets deltagarregister.",
        "Record who took part in each workshop, seminar or conference and for how many hours. The figures go to the project's participant register.");

    public static string NoWorkshops(FlowKind kind) => UiText.Pick(
        $"Flödet för {KindTexts.Sv(kind).Definite} har inga workshoppar.", $"The flow of {KindTexts.En(kind).Definite} has no workshops.");

    public static string Name => UiText.Pick("Namn", "Name");

    public static string Present => UiText.Pick("Närvarande", "Present");

    public static string Hours => UiText.Pick("Timmar", "Hours");

    public static string PresentFor(string name) => UiText.Pick($"{name} var närvarande", $"{name} was present");

    public static string HoursFor(string name) => UiText.Pick($"Timmar för {name}", $"Hours for {name}");

    public static string GuestMark => UiText.Pick("(gäst)", "(guest)");

    public static string SaveAttendance => UiText.Pick("Spara närvaron", "Save the attendance");

    public static string Saved(int present) => UiText.Pick($"Närvaron är sparad: {present} närvarande.", $"The attendance is saved: {present} present.");

    public static string GuestTitle => UiText.Pick("Registrera en gäst utan konto", "Register a guest without an account");

    public static string GuestIntro => UiText.Pick(
        "Gäster (till exempel konferensdeltagare från andra organisationer) räknas i registret. Kön är \"vill inte uppge\" om inte gästen själv har angett något annat.",
        "Guests (such as conference participants from other organisations) count in the register. Sex is \"prefers not to say\" unless the guest stated otherwise themself.");

    public static string Organisation => UiText.Pick("Organisation", "Organisation");

    public static string Email => UiText.Pick("E-post (frivillig)", "Email (optional)");

    public static string Sex => UiText.Pick("Kön, som gästen själv uppgett", "Sex, as the guest stated it");

    public static string SexHint => UiText.Pick("Fyll bara i något annat än \"vill inte uppge\" om gästen själv har sagt det.", "Choose something other than \"prefers not to say\" only if the guest said so.");

    public static string AddGuest => UiText.Pick("Registrera gästen", "Register the guest");

    public static string GuestAdded(string name) => UiText.Pick($"{name} är registrerad.", $"{name} is registered.");

    public static string SignIn => UiText.Pick("Logga in för att se deltagarna.", "Sign in to see the participants.");

    public static string SurveyTitle => UiText.Pick("Enkät via personlig länk", "Survey by personal link");

    public static string SurveyIntro => UiText.Pick(
        "Gäster utan konto kan svara på utvärderingen via en personlig länk i ett mejl. Länken tar emot ett svar och slutar gälla när steget stänger.",
        "Guests without an account can answer the evaluation through a personal link in an email. The link takes one answer and expires when the step closes.");

    public static string SendSurvey(string title) => UiText.Pick($"Skicka länkar till \"{title}\"", $"Send links to \"{title}\"");

    public static string SurveySent(int sent, int open, int answered, int withoutEmail) => UiText.Pick(
        $"{sent} länkar skickade. {open} gäster har redan en giltig länk, {answered} har svarat och {withoutEmail} saknar e-postadress.",
        $"{sent} links sent. {open} guests already have a working link, {answered} have answered and {withoutEmail} have no email address.");
}
