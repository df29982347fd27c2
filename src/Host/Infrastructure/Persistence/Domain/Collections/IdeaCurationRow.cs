namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

/// <summary>A facilitator's theme and merge for one idea (one row per curated idea).</summary>
internal sealed class IdeaCurationRow
{
    public Guid IdeaId { get; set; }

    public Guid CollectionId { get; set; }

    public string? Theme { get; set; }

    public Guid? MergedIntoId { get; set; }
}
