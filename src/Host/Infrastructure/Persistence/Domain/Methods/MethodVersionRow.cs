namespace LabFlow.Host.Infrastructure.Persistence.Domain.Methods;

/// <summary>One version of a library method: its whole document as JSON (<see cref="Activities.Methods.MethodJson"/>).</summary>
internal sealed class MethodVersionRow
{
    public required string MethodId { get; set; }

    public int Version { get; set; }

    public required string Json { get; set; }

    /// <summary><c>file:{name}.json</c> or <c>designer:{personId}</c>.</summary>
    public required string Origin { get; set; }

    public string? ContentHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
