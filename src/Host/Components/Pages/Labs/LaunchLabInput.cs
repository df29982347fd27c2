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

    /// <summary>The chosen people per role in the lab.</summary>
    public Dictionary<Role, HashSet<Guid>> People { get; } = [];

    public bool Has(Role role, Guid personId) => People.TryGetValue(role, out var ids) && ids.Contains(personId);

    public void Set(Role role, Guid personId, bool chosen)
    {
        if (!People.TryGetValue(role, out var ids))
        {
            ids = [];
            People[role] = ids;
        }

        if (chosen)
        {
            ids.Add(personId);
        }
        else
        {
            ids.Remove(personId);
        }
    }
}
