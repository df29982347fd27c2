using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

internal sealed class MembershipRow
{
    public Guid PersonId { get; set; }

    public required string AdministrationId { get; set; }

    public Role Role { get; set; }
}
