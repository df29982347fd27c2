namespace LabFlow.Activities.Email;

/// <summary>
/// Where an email request becomes email rows: rendered per recipient in the recipient's language and stored as
/// pending. Requests from bursts arrive through their committed <see cref="EmailRequested"/> effects; work outside a
/// burst (a daily digest) enqueues directly with a request id that is stable for that piece of work.
/// </summary>
public interface IEmailOutbox
{
    /// <summary>
    /// Stores one row per distinct recipient address. Idempotent: enqueueing a request with the same
    /// <see cref="EmailRequested.Id"/> again adds nothing. Returns how many rows were added.
    /// </summary>
    Task<int> EnqueueAsync(EmailRequested request, CancellationToken cancellationToken);
}
