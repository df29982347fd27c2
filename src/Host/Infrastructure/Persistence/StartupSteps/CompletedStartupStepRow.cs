namespace LabFlow.Host.Infrastructure.Persistence.StartupSteps;

/// <summary>A one-time start-up step that has run to its end on this database (<see cref="OneTimeStartupSteps"/>).</summary>
internal sealed class CompletedStartupStepRow
{
    /// <summary>The step's <see cref="StartupStep.Name"/>: stable, never reused for another step.</summary>
    public required string Name { get; set; }

    public DateTimeOffset CompletedAt { get; set; }
}
