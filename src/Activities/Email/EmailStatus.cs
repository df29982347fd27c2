namespace LabFlow.Activities.Email;

/// <summary>Where an email row is on its way out. No status means "dropped": a row is kept until it is sent.</summary>
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
}
