using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.Labs.Panels;

/// <summary>The texts of closing a step with one task per participant early, on the lab page.</summary>
internal static class CloseStepTexts
{
    public static string Heading => UiText.Pick("Steg med en uppgift per deltagare", "Steps with one task per participant");

    public static string Hint => UiText.Pick(
        "Stegen går vidare när alla är klara, eller när du stänger dem. Stänger du ett steg går det vidare med de svar som har kommit in, och de öppna uppgifterna stängs som inte längre behövda.",
        "The steps go on when everyone is done, or when you close them. When you close a step it goes on with the answers given, and the open tasks close as no longer needed.");

    public static string Progress(string step, int done, int total) =>
        UiText.Pick($"{step}: {done} av {total} klara", $"{step}: {done} of {total} done");

    public static string Close => UiText.Pick("Stäng steget", "Close the step");

    public static string CloseFor(string step) => UiText.Pick($"Stäng steget {step}", $"Close the step {step}");

    public static string Reason => UiText.Pick("Skäl (valfritt)", "Reason (optional)");

    public static string ReasonHint => UiText.Pick(
        "Skälet sparas i historiken för de uppgifter som stängs.",
        "The reason is kept in the history of the tasks that close.");

    public static string YesClose => UiText.Pick("Ja, stäng steget", "Yes, close the step");

    public static string Closed(string step) => UiText.Pick($"Steget ”{step}” är stängt och går vidare.", $"The step \"{step}\" is closed and goes on.");
}
