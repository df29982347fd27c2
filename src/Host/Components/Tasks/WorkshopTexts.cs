using LabFlow.Host.Components.Shared;

namespace LabFlow.Host.Components.Tasks;

/// <summary>The workshop parts of the task page.</summary>
internal static class WorkshopTexts
{
    public static string Agenda => UiText.Pick("Agenda", "Agenda");

    public static string Minutes(string count) => UiText.Pick($"{count} min", $"{count} min");
}
