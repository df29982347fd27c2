using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>What the launch form holds while the facilitator fills it in; kept as typed when the launch is refused.</summary>
internal sealed class LaunchLabInput
{
    public string? FlowId { get; set; }

    public string? AdministrationId { get; set; }

    public string? Title { get; set; }

    public string? Challenge { get; set; }

    public DateOnly? StartDate { get; set; }

    public HashSet<string> TargetAreas { get; } = new(StringComparer.Ordinal);

    /// <summary>The chosen people per role in the lab, in the order they were chosen.</summary>
    public Dictionary<Role, IReadOnlyList<Person>> People { get; } = [];

    /// <summary>The time and place per workshop step of the chosen flow, by step id.</summary>
    public Dictionary<string, LaunchWorkshopInput> Workshops { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Person> Chosen(Role role) => People.TryGetValue(role, out var people) ? people : [];
}
