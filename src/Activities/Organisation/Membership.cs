namespace LabFlow.Activities.Organisation;

/// <summary>A person has a role in an administration. <see cref="Role.Admin"/> anywhere makes a person an administrator of LabFlow.</summary>
public sealed record Membership(Guid PersonId, string AdministrationId, Role Role);
