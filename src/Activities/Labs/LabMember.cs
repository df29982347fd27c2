using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Labs;

/// <summary>A person in a lab with the role they have there.</summary>
public sealed record LabMember(Guid PersonId, Role Role);
