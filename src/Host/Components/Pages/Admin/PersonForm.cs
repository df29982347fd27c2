namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>What an administrator types about a person: kept as typed, so nothing is lost when a field is wrong.</summary>
public sealed class PersonForm
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string Culture { get; set; } = "sv";
}
