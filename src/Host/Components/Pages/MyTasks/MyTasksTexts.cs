using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Pages.MyTasks;

/// <summary>The texts of Mina uppgifter.</summary>
internal static class MyTasksTexts
{
    public static string Title => UiText.Pick("Mina uppgifter", "My tasks");

    public static string AssignedToMe => UiText.Pick("Tilldelade mig", "Assigned to me");

    public static string Claimable => UiText.Pick("Uppgifter jag kan ta", "Tasks I can claim");

    public static string ClaimableHint => UiText.Pick(
        "De här uppgifterna går till en grupp. Den som tar uppgiften först gör den.",
        "These tasks go to a group. Whoever claims a task first does it.");

    public static string Informed => UiText.Pick("Jag hålls informerad om", "Kept informed");

    public static string StandingInFor(string name) => UiText.Pick($"Som ersättare för {name}", $"As stand-in for {name}");

    public static string StandingInHint => UiText.Pick(
        "Du är ersättare medan hen är borta och kan slutföra de här uppgifterna åt hen. Den som är först gör uppgiften.",
        "You stand in while they are away and may complete these tasks for them. Whoever of you is first does the task.");

    public static string Empty => UiText.Pick(
        "Du har inga öppna uppgifter just nu. När du får en uppgift syns den här, och du får ett mejl om den.",
        "You have no open tasks right now. When you are given a task it shows here, and you get an email about it.");

    public static string Task => UiText.Pick("Uppgift", "Task");

    public static string Lab => UiText.Pick("Hör till", "Part of");

    public static string Phase => UiText.Pick("Fas", "Phase");

    public static string Due => UiText.Pick("Klar senast", "Due");

    public static string NoDueDate => UiText.Pick("Inget datum", "No date");

    public static string Overdue => UiText.Pick("Försenad", "Overdue");
}
