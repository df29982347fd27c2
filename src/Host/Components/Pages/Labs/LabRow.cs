namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>A lab as the lab list shows it, with its texts already in the page's language.</summary>
internal sealed record LabRow(Guid Id, string Title, string Administration, string Phases, string Status, int OverdueCount);
