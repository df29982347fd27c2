namespace LabFlow.Activities.Email;

/// <summary>
/// What happens to a person's emails that have not gone out when their address changes: they go to the new address,
/// and those that failed are due again at once. An address no email could be sent to (stored before
/// <see cref="Organisation.EmailAddressRule"/> refused it, or refused by the mail server) keeps its emails waiting,
/// retried with back-off; correcting the address is what delivers them, so nothing is lost meanwhile.
/// </summary>
public sealed class WaitingEmails(IEmailStore store, EmailDeliverySignal signal, TimeProvider timeProvider)
{
    /// <summary>Sends <paramref name="personId"/>'s emails that are not sent yet to <paramref name="address"/>; returns how many.</summary>
    public async Task<int> FollowAddressChangeAsync(Guid personId, string address, CancellationToken cancellationToken)
    {
        var moved = await store.ReaddressAsync(personId, address, timeProvider.GetUtcNow(), cancellationToken);
        if (moved > 0)
        {
            signal.Notify();
        }

        return moved;
    }
}
