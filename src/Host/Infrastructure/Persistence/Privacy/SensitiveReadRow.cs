namespace LabFlow.Host.Infrastructure.Persistence.Privacy;

/// <summary>One read of a sensitive step's answers (<see cref="Activities.Privacy.SensitiveRead"/>): ids and time, never the answers.</summary>
internal sealed class SensitiveReadRow
{
    public Guid Id { get; set; }

    public Guid ReaderId { get; set; }

    public Guid TaskId { get; set; }

    public Guid LabId { get; set; }

    public required string AdministrationId { get; set; }

    public string? ActivityId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>What the row records (<see cref="Activities.Privacy.AccessLogKind"/>); 0 is a read of answers.</summary>
    public int Kind { get; set; }
}
