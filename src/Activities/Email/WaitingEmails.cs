using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Email;

/// <summary>
/// What happens to a person's emails that have not gone out when their address changes: they go to the new address,
/// and those that failed or that the mail server refused are due again at once. An address no email could be sent to
/// (stored before <see cref="EmailAddressRule"/> refused it) keeps its emails waiting, retried with back-off; an
/// address the mail server refused for good keeps them <see cref="EmailStatus.Undeliverable"/>, not retried, and the
/// person is flagged (<see cref="WithRefusalsAsync"/>). Correcting the address delivers them, or, when the address
/// was right after all, sending them again (<see cref="RetryRefusedAsync"/>), so nothing is lost meanwhile.
/// </summary>
public sealed class WaitingEmails(IEmailStore store, EmailDeliverySignal signal, TimeProvider timeProvider)
{
    /// <summary>
    /// Sends <paramref name="personId"/>'s emails that are not sent yet (the refused ones too) to
    /// <paramref name="address"/>; returns how many.
    /// </summary>
    public async Task<int> FollowAddressChangeAsync(Guid personId, string address, CancellationToken cancellationToken) =>
        Wake(await store.ReaddressAsync(personId, address, timeProvider.GetUtcNow(), cancellationToken));

    /// <summary>
    /// Sends the emails the mail server refused for <paramref name="personId"/> again, to <paramref name="address"/>
    /// (the address they have now), due at once: for when the mailbox was created since, or the refusal was the
    /// server's mistake. Returns how many; <c>0</c> when none was refused any more (someone sent them again first).
    /// </summary>
    public async Task<int> RetryRefusedAsync(Guid personId, string address, CancellationToken cancellationToken) =>
        Wake(await store.RetryRefusedAsync(personId, address, timeProvider.GetUtcNow(), cancellationToken));

    /// <summary>
    /// The people, each with <see cref="PersonSummary.EmailRefused"/> set when the mail server refused their latest
    /// email for good at the address they have now (a refusal of an earlier address says nothing about the current
    /// one). One store read for the whole list.
    /// </summary>
    public async Task<IReadOnlyList<PersonSummary>> WithRefusalsAsync(IReadOnlyList<PersonSummary> people, CancellationToken cancellationToken)
    {
        if (people.Count == 0)
        {
            return people;
        }

        var refusals = (await store.ListRefusalsAsync([.. people.Select(p => p.Person.Id)], cancellationToken))
            .ToDictionary(r => r.PersonId);
        return
        [
            .. people.Select(p =>
                refusals.TryGetValue(p.Person.Id, out var refusal)
                && string.Equals(refusal.Address, p.Person.Email.Trim(), StringComparison.OrdinalIgnoreCase)
                    ? p with { EmailRefused = refusal }
                    : p),
        ];
    }

    /// <summary>The person, with <see cref="PersonSummary.EmailRefused"/> as <see cref="WithRefusalsAsync"/> sets it.</summary>
    public async Task<PersonSummary> WithRefusalAsync(PersonSummary person, CancellationToken cancellationToken) =>
        (await WithRefusalsAsync([person], cancellationToken))[0];

    // Rows due now: the delivery loop need not wait for its next scheduled look.
    private int Wake(int changed)
    {
        if (changed > 0)
        {
            signal.Notify();
        }

        return changed;
    }
}
