namespace LabFlow.Host.Infrastructure.Persistence.Domain.Register;

/// <summary>A guest without an account registered on a lab (<see cref="Activities.Register.RegisterGuest"/>).</summary>
internal sealed class RegisterGuestRow
{
    public Guid Id { get; set; }

    public Guid LabId { get; set; }

    public required string Name { get; set; }

    public required string Organisation { get; set; }

    public string? Email { get; set; }

    public required string Sex { get; set; }

    public Guid RegisteredBy { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }
}
