namespace LabFlow.Activities.Email;

/// <summary>
/// Why the mail server refused a recipient for good: stable codes stored on the row
/// (<see cref="EmailMessage.UndeliverableReason"/>) and translated by the pages. Taken from the server's reply code
/// to RCPT TO (RFC 5321 §4.2.3); never its reply text, which can carry the address.
/// </summary>
public static class UndeliverableReasons
{
    /// <summary>550: no such mailbox, or it takes no mail.</summary>
    public const string MailboxUnavailable = "mailbox_unavailable";

    /// <summary>551: the address is not one of the server's, and it does not forward.</summary>
    public const string UserNotLocal = "user_not_local";

    /// <summary>553: the server does not allow this mailbox name.</summary>
    public const string MailboxNameNotAllowed = "mailbox_name_not_allowed";

    /// <summary>Any other permanent refusal of the recipient (554, 5xx not listed above).</summary>
    public const string RecipientRefused = "recipient_refused";

    /// <summary>The longest code, for the column's length.</summary>
    public const int MaxLength = 40;

    /// <summary>The code for a permanent (5xx) reply code to RCPT TO.</summary>
    public static string ForReplyCode(int code) => code switch
    {
        550 => MailboxUnavailable,
        551 => UserNotLocal,
        553 => MailboxNameNotAllowed,
        _ => RecipientRefused,
    };
}
