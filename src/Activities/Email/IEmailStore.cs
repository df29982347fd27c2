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
    /// Claims up to <paramref name="maxCount"/> rows that are not sent and whose <see cref="EmailMessage.NextAttemptAt"/>
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
    /// Gives every row of <paramref name="personId"/> that is not sent the address <paramref name="address"/>; a row
    /// that failed becomes due at <paramref name="now"/> (a row being sent keeps its claim and uses the new address on
    /// its next attempt). Returns how many rows changed.
    /// </summary>
    Task<int> ReaddressAsync(Guid personId, string address, DateTimeOffset now, CancellationToken cancellationToken);

    Task<EmailMessage?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<EmailMessage>> ListAsync(EmailMessageQuery query, CancellationToken cancellationToken);

    /// <summary>The earliest <see cref="EmailMessage.NextAttemptAt"/> of the rows not sent, or <c>null</c> when all are sent.</summary>
    Task<DateTimeOffset?> GetNextAttemptAtAsync(CancellationToken cancellationToken);
}
