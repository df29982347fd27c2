namespace LabFlow.Activities.Privacy;

/// <summary>Which reads to list, newest first: of some administrations (every one when <c>null</c>) and/or by one reader.</summary>
public sealed record SensitiveReadQuery(IReadOnlyCollection<string>? AdministrationIds = null, Guid? ReaderId = null, int Take = 200);
