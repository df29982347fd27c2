namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>What deactivating did: how many open tasks moved, and to whom.</summary>
internal sealed record DeactivationResult(int TasksMoved, string? SuccessorName);
