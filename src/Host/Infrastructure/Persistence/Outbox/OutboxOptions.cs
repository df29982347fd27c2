using System.ComponentModel.DataAnnotations;

namespace LabFlow.Host.Infrastructure.Persistence.Outbox;

/// <summary>How the outbox sweep finds effects that were committed but not handed on (section <c>LabFlow:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "LabFlow:Outbox";

    /// <summary>How often undispatched outbox rows are looked for. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "LabFlow:Outbox:SweepInterval must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How old an undispatched row must be before a sweep hands it on, so a sweep does not race the burst that is
    /// dispatching it right now. Default 10 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "LabFlow:Outbox:MinimumAge must be between 00:00:00 and 1.00:00:00.")]
    public TimeSpan MinimumAge { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Rows handed on per round of a sweep. Default 100.</summary>
    [Range(1, 10_000, ErrorMessage = "LabFlow:Outbox:BatchSize must be between 1 and 10000.")]
    public int BatchSize { get; set; } = 100;
}
