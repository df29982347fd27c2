using LabFlow.Activities.Register;

namespace LabFlow.Host.Components.Pages.Project;

/// <summary>What a participation figure's drill-down asks the register for: its filter, and its month when grouped by month.</summary>
public sealed record ParticipationDrill(ParticipationFilter Filter, string? Month);
