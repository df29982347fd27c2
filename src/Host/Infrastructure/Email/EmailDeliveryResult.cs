namespace LabFlow.Host.Infrastructure.Email;

/// <summary>What one delivery run did.</summary>
/// <param name="Sent">Emails the server (or the pickup folder) accepted.</param>
/// <param name="Failed">Attempts that failed; those emails wait for their next attempt.</param>
/// <param name="Undeliverable">Emails whose recipient the server refused for good; not tried again until the address is corrected.</param>
public sealed record EmailDeliveryResult(int Sent, int Failed, int Undeliverable = 0);
