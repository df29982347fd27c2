using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Layout;

/// <summary>The texts of the page frame: header, navigation, language switch and the circuit's error bar.</summary>
internal static class LayoutTexts
{
    public const string ProductName = "LabFlow";

    public static string SkipToContent => UiText.Pick("Hoppa till innehållet", "Skip to content");

    public static string MainNavigation => UiText.Pick("Huvudmeny", "Main menu");

    public static string MyTasks => UiText.Pick("Mina uppgifter", "My tasks");

    public static string Labs => UiText.Pick("Labb", "Labs");

    public static string Flows => UiText.Pick("Flöden", "Flows");

    public static string Methods => UiText.Pick("Metoder", "Methods");
    public static string Knowledge => UiText.Pick("Kunskapsbanken", "Knowledge bank");

    public static string Administration => UiText.Pick("Administration", "Administration");

    public static string Settings => UiText.Pick("Inställningar", "Settings");

    public static string SignOut => UiText.Pick("Logga ut", "Sign out");

    public static string SignedInAs(string name) => UiText.Pick($"Inloggad som {name}", $"Signed in as {name}");

    /// <summary>The header's menu on narrow screens, holding the signed-in name, the language switch and sign-out.</summary>
    public static string AccountMenu => UiText.Pick("Konto", "Account");

    public static string AccessibilityStatement => UiText.Pick("Tillgänglighetsredogörelse", "Accessibility statement");

    public static string Menu => UiText.Pick("Meny", "Menu");

    public static string BackToMyTasks => UiText.Pick("Till Mina uppgifter", "Go to My tasks");

    public static string CircuitError => UiText.Pick(
        "Något gick fel och sidan svarar inte längre.",
        "Something went wrong and the page stopped responding.");

    public static string Reload => UiText.Pick("Ladda om sidan", "Reload the page");

    /// <summary>A page's browser title: the page's own name, then LabFlow.</summary>
    public static string Title(string page) => $"{page} – {ProductName}";
}
