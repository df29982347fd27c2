using LabFlow.Activities.Labs;
using LabFlow.Activities.Time;

namespace LabFlow.Activities.Tasks;

/// <summary>What a step knows of its lab while it runs: the lab row (when the lab was launched through <see cref="Labs.LabService"/>), its administration and dates.</summary>
/// <param name="Today">Today in Stockholm: the base of <c>daysAfterCreated</c>.</param>
/// <param name="Run">This run of the step against its first run in the lab: how far its start-relative dates move.</param>
internal sealed record LabScope(Lab? Lab, string? AdministrationId, DateOnly StartDate, DateOnly Today, StepRun Run);
