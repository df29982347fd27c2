namespace LabFlow.Host.Infrastructure.Persistence.Domain.Labs;

/// <summary>A lab's metadata; its id is the workflow instance's. Target areas and people are JSON lists.</summary>
internal sealed class LabRow
{
    public Guid Id { get; set; }

    public required string DefinitionId { get; set; }

    public required string Title { get; set; }

    public required string AdministrationId { get; set; }

    public required string Challenge { get; set; }

    public required string TargetAreas { get; set; }

    public required string People { get; set; }

    public DateOnly StartDate { get; set; }

    public bool Paused { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public long Version { get; set; }
}
