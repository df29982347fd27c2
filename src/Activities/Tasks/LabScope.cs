using LabFlow.Activities.Labs;

namespace LabFlow.Activities.Tasks;

/// <summary>What a step knows of its lab while it runs: the lab row (when the lab was launched through <see cref="Labs.LabService"/>), its administration and dates.</summary>
/// <param name="Today">Today in Stockholm: the base of <c>daysAfterCreated</c>.</param>
internal sealed record LabScope(Lab? Lab, string? AdministrationId, DateOnly StartDate, DateOnly Today);
