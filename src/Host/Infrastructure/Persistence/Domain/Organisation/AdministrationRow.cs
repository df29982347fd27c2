namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

internal sealed class AdministrationRow
{
    public required string Id { get; set; }

    public required string Name { get; set; }
}
