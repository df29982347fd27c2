namespace LabFlow.Host.Infrastructure.Persistence.Rows;

/// <summary>One step of a lab's journal; the key (instance, sequence) makes a repeated burst fail rather than double.</summary>
internal sealed class JournalEntryRow
{
    public Guid InstanceId { get; set; }

    public long Sequence { get; set; }

    public DateTimeOffset Timestamp { get; set; }

    public required string Event { get; set; }

    public required string Actor { get; set; }

    public string? ActivityId { get; set; }

    public string? Outcome { get; set; }

    public string? Message { get; set; }

    public string? Data { get; set; }
}
