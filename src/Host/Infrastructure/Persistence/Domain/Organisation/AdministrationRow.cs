namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

internal sealed class AdministrationRow
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    /// <summary>When it was retired; <c>null</c> while in use.</summary>
    public DateTimeOffset? RetiredAt { get; set; }
}
