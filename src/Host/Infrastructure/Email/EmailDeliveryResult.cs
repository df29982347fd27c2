namespace LabFlow.Host.Infrastructure.Email;

/// <summary>What one delivery run did.</summary>
/// <param name="Sent">Emails the server (or the pickup folder) accepted.</param>
/// <param name="Failed">Attempts that failed; those emails wait for their next attempt.</param>
public sealed record EmailDeliveryResult(int Sent, int Failed);
