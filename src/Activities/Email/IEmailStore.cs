namespace LabFlow.Activities.Email;

/// <summary>
/// The email rows: the truth about what is sent and what is still due. One table; the delivery loop (and any job
/// that triggers it) works through <see cref="ClaimDueAsync"/>, <see cref="MarkSentAsync"/> and <see cref="MarkFailedAsync"/>.
/// </summary>
public interface IEmailStore
{
    /// <summary>Adds the rows whose <see cref="EmailMessage.Id"/> is not stored yet; returns how many were added.</summary>
    Task<int> AddAsync(IReadOnlyList<EmailMessage> messages, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="maxCount"/> rows that are waiting (neither sent nor
    /// <see cref="EmailStatus.Undeliverable"/>) and whose <see cref="EmailMessage.NextAttemptAt"/>
    /// is at or before <paramref name="now"/> (oldest due first): each becomes <see cref="EmailStatus.Sending"/>, its
    /// attempts grow by one and it is left alone until <paramref name="claimedUntil"/>. A row is claimed by one caller
    /// only, also across nodes (a conditional update on status and next attempt time). Returns the claimed rows.
    /// </summary>
    Task<IReadOnlyList<EmailMessage>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset claimedUntil, int maxCount, CancellationToken cancellationToken);

    /// <summary>
    /// Marks rows sent (final), all of them in one write: the delivery loop marks what it sent of a batch together,
    /// one transaction (one fsync) instead of one per email. Marking a sent row again changes nothing.
    /// </summary>
    Task MarkSentAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset sentAt, CancellationToken cancellationToken);

    /// <summary>
    /// Records a failed attempt of a row that is <see cref="EmailStatus.Sending"/>: it becomes
    /// <see cref="EmailStatus.FailedRetrying"/>, due again at <paramref name="nextAttemptAt"/>. A sent row is left as it is.
    /// </summary>
    Task MarkFailedAsync(Guid id, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the mail server refused the recipient of a row that is <see cref="EmailStatus.Sending"/> for good:
    /// it becomes <see cref="EmailStatus.Undeliverable"/> at <paramref name="at"/> with the <see cref="UndeliverableReasons"/>
    /// code <paramref name="reason"/>, and is not claimed again until <see cref="ReaddressAsync"/> or <see cref="RetryRefusedAsync"/>. A row in any other
    /// status is left as it is.
    /// </summary>
    Task MarkUndeliverableAsync(Guid id, DateTimeOffset at, string reason, string error, CancellationToken cancellationToken);

    /// <summary>
    /// Of <paramref name="personIds"/>, those whose latest delivery outcome is a refusal: the latest
    /// <see cref="EmailStatus.Undeliverable"/> row to each, when no row to them was sent after it. One read for the
    /// whole list, so a page of people costs one query.
    /// </summary>
    Task<IReadOnlyList<EmailRefusal>> ListRefusalsAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken);

    /// <summary>
    /// Gives every row of <paramref name="personId"/> that is not sent the address <paramref name="address"/>; a row
    /// that failed becomes due at <paramref name="now"/>, and a row the server refused
    /// (<see cref="EmailStatus.Undeliverable"/>) becomes <see cref="EmailStatus.Pending"/> again, due at
    /// <paramref name="now"/>, its refusal cleared (a row being sent keeps its claim and uses the new address on its
    /// next attempt). Returns how many rows changed.
    /// </summary>
    Task<int> ReaddressAsync(Guid personId, string address, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Sends <paramref name="personId"/>'s refused rows (<see cref="EmailStatus.Undeliverable"/>) again without a new
    /// address: each gets <paramref name="address"/> (the person's current one), becomes <see cref="EmailStatus.Pending"/>,
    /// due at <paramref name="now"/>, its refusal cleared, as <see cref="ReaddressAsync"/> does with them. One
    /// conditional write: when two callers ask at once, one gets the rows and the other <c>0</c>. Returns how many
    /// rows changed.
    /// </summary>
    Task<int> RetryRefusedAsync(Guid personId, string address, DateTimeOffset now, CancellationToken cancellationToken);

    Task<EmailMessage?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<EmailMessage>> ListAsync(EmailMessageQuery query, CancellationToken cancellationToken);

    /// <summary>The earliest <see cref="EmailMessage.NextAttemptAt"/> of the waiting rows (neither sent nor undeliverable), or <c>null</c> when there are none.</summary>
    Task<DateTimeOffset?> GetNextAttemptAtAsync(CancellationToken cancellationToken);
}
