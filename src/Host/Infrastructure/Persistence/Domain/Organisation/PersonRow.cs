namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

internal sealed class PersonRow
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    /// <summary>The address in upper case, so finding a person by email ignores case on every provider.</summary>
    public required string NormalizedEmail { get; set; }

    /// <summary>
    /// The name's <see cref="Activities.Organisation.SwedishSortKey"/>, written with the name (<see cref="EfCoreDirectory"/>,
    /// erasure) and filled for older rows at start-up (<see cref="PersonSortKeyBackfill"/>): the people list sorts and pages on it in SQL.
    /// </summary>
    public string SortKey { get; set; } = "";

    public required string Culture { get; set; }

    public bool Active { get; set; }
}
