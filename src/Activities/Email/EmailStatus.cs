namespace LabFlow.Activities.Email;

/// <summary>
/// Where an email row is on its way out. No status means "dropped": a row is kept until it is sent, or until the
/// mail server refuses its recipient for good and the address is corrected (<see cref="WaitingEmails"/>).
/// </summary>
public enum EmailStatus
{
    /// <summary>Waiting for its first attempt.</summary>
    Pending = 0,

    /// <summary>Claimed by a delivery run until <see cref="EmailMessage.NextAttemptAt"/>; taken over after that if the run died.</summary>
    Sending = 1,

    /// <summary>The mail server (or the pickup folder) accepted it.</summary>
    Sent = 2,

    /// <summary>The last attempt failed; tried again at <see cref="EmailMessage.NextAttemptAt"/>.</summary>
    FailedRetrying = 3,

    /// <summary>
    /// The mail server refused the recipient's address for good (a 5xx reply to RCPT TO); not tried again until the
    /// person's address changes, which makes it <see cref="Pending"/> again. <see cref="EmailMessage.UndeliverableAt"/>
    /// and <see cref="EmailMessage.UndeliverableReason"/> say when and why.
    /// </summary>
    Undeliverable = 4,
}
