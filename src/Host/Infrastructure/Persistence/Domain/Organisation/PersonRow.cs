namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

internal sealed class PersonRow
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    /// <summary>The address in upper case, so finding a person by email ignores case on every provider.</summary>
    public required string NormalizedEmail { get; set; }

    public required string Culture { get; set; }

    public bool Active { get; set; }
}
