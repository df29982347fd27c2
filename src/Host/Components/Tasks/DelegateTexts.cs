using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Tasks;

/// <summary>Texts of handing a task over on the task page (<see cref="DelegateTaskForm"/>).</summary>
internal static class DelegateTexts
{
    public static string Title => UiText.Pick("Lämna över uppgiften", "Hand the task over");

    public static string Intro => UiText.Pick(
        "Ge uppgiften till någon annan som är med eller finns i förvaltningen. Hen får ett mejl och du ser uppgiften i historiken.",
        "Give the task to someone else who takes part or is in the administration. They get an email and you see the task in its history.");

    public static string To => UiText.Pick("Ge till", "Give to");

    public static string Note => UiText.Pick("Meddelande (valfritt)", "Message (optional)");

    public static string Button => UiText.Pick("Lämna över", "Hand over");

    public static string PersonRequired => UiText.Pick(
        "Välj vem som ska ta över: skriv namn eller e-post och välj i listan.",
        "Choose who takes over: type a name or email and choose from the list.");

    public static string Delegated(string name) => UiText.Pick($"Uppgiften är nu {name}s.", $"The task is now {name}'s.");
}
