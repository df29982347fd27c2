using System.Net.Sockets;
using LabFlow.Activities.Email;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace LabFlow.Host.Infrastructure.Email;

/// <summary>What a failed attempt means for the email, and why it failed in words fit for the row and the log.</summary>
internal enum EmailFailureKind
{
    /// <summary>Worth trying again later: a 4xx reply, no connection, a timeout, a broken conversation.</summary>
    Temporary,

    /// <summary>
    /// The server refused this recipient for good (5xx to RCPT TO): trying again never helps; the person's address
    /// has to be corrected.
    /// </summary>
    RecipientRefused,

    /// <summary>
    /// The server refused the sender, the message or the sign-in for good (5xx to MAIL FROM or DATA, authentication,
    /// TLS): LabFlow's mail settings or the message are wrong, not the recipient.
    /// </summary>
    Settings,
}

/// <summary>One failed attempt, classified.</summary>
/// <param name="Kind">What happens to the email next.</param>
/// <param name="Error">Why, without the address or the server's reply text.</param>
/// <param name="UndeliverableReason">For <see cref="EmailFailureKind.RecipientRefused"/>, the <see cref="UndeliverableReasons"/> code.</param>
internal sealed record EmailFailure(EmailFailureKind Kind, string Error, string? UndeliverableReason = null);

/// <summary>
/// Classifies why an attempt failed, the one place that decides whether an email is tried again. The words never
/// carry the server's reply text or the exception message, which can carry the recipient's address.
/// </summary>
/// <remarks>
/// A permanent refusal of the sender or the message (a 5xx to MAIL FROM or DATA: the From address not allowed, the
/// message too large, refused content) and a refused sign-in are <see cref="EmailFailureKind.Settings"/>, retried with
/// the usual back-off and logged as errors. No recipient can fix them and they hit every email alike, so marking each
/// email undeliverable would flag every person and lose the queue over one setting; an administrator who fixes the
/// setting (or the server's limit) gets every waiting email out within <see cref="EmailOptions.MaxRetryDelay"/>
/// without touching a row. Only the recipient's refusal is a fact about one address, and only it stops the retries.
/// </remarks>
internal static class EmailErrors
{
    // RFC 5321 §4.5.3.1.10: a 552 to RCPT TO means too many recipients (or, in practice, a full mailbox), and clients
    // should treat it as temporary.
    private const int StorageExceeded = 552;

    public static EmailFailure Classify(Exception exception) => exception switch
    {
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } command
            when IsPermanent(command) && (int)command.StatusCode != StorageExceeded =>
            new(EmailFailureKind.RecipientRefused, Refused(command), UndeliverableReasons.ForReplyCode((int)command.StatusCode)),
        SmtpCommandException command when IsPermanent(command) && command.ErrorCode != SmtpErrorCode.RecipientNotAccepted =>
            new(EmailFailureKind.Settings, Refused(command)),
        SmtpCommandException command => new(EmailFailureKind.Temporary, Refused(command)),
        SmtpProtocolException => new(EmailFailureKind.Temporary, "The SMTP server broke off the conversation."),
        AuthenticationException => new(EmailFailureKind.Settings, "The SMTP server refused the user name or password (LabFlow:Email:Username, LabFlow:Email:Password)."),
        SslHandshakeException => new(EmailFailureKind.Settings, "The TLS handshake with the SMTP server failed; check LabFlow:Email:Security and the server's certificate."),
        SocketException socket => new(EmailFailureKind.Temporary, $"Cannot reach the SMTP server: {socket.SocketErrorCode}."),
        TimeoutException => new(EmailFailureKind.Temporary, "The SMTP server did not answer within LabFlow:Email:SendTimeout."),
        UnauthorizedAccessException => new(EmailFailureKind.Settings, $"Writing the email failed: {exception.GetType().Name}."),
        IOException => new(EmailFailureKind.Temporary, $"Writing the email failed: {exception.GetType().Name}."),
        _ => new(EmailFailureKind.Temporary, $"Sending failed: {exception.GetType().Name}."),
    };

    private static bool IsPermanent(SmtpCommandException command) => (int)command.StatusCode is >= 500 and < 600;

    private static string Refused(SmtpCommandException command) =>
        $"The SMTP server refused the {Subject(command.ErrorCode)}: {(int)command.StatusCode} {command.StatusCode}.";

    private static string Subject(SmtpErrorCode code) => code switch
    {
        SmtpErrorCode.SenderNotAccepted => "sender (LabFlow:Email:FromAddress)",
        SmtpErrorCode.RecipientNotAccepted => "recipient",
        SmtpErrorCode.MessageNotAccepted => "message",
        _ => "command",
    };
}
