namespace LabFlow.Host.Infrastructure.Persistence.Domain.Methods;

/// <summary>One person's rating of one method, 1–5.</summary>
internal sealed class MethodRatingRow
{
    public required string MethodId { get; set; }

    public Guid PersonId { get; set; }

    public int Stars { get; set; }

    public DateTimeOffset RatedAt { get; set; }
}
