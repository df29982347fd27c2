namespace LabFlow.Activities.Organisation;

/// <summary>Reading role names as flows write them.</summary>
public static class Roles
{
    public static IReadOnlyList<string> Names { get; } = Enum.GetNames<Role>();

    /// <summary>Role names are case-sensitive in flows, like every other identifier there.</summary>
    public static bool TryParse(string? name, out Role role)
    {
        role = default;
        return name is not null && Names.Contains(name, StringComparer.Ordinal) && Enum.TryParse(name, out role);
    }
}
