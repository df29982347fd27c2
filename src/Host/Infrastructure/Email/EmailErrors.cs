using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace LabFlow.Host.Infrastructure.Email;

/// <summary>
/// Why an attempt failed, in words fit for the row and the log: never the server's reply text or the exception
/// message, which can carry the recipient's address.
/// </summary>
internal static class EmailErrors
{
    public static string Describe(Exception exception) => exception switch
    {
        SmtpCommandException command =>
            $"The SMTP server refused the {Subject(command.ErrorCode)}: {(int)command.StatusCode} {command.StatusCode}.",
        SmtpProtocolException => "The SMTP server broke off the conversation.",
        AuthenticationException => "The SMTP server refused the user name or password (LabFlow:Email:Username, LabFlow:Email:Password).",
        SslHandshakeException => "The TLS handshake with the SMTP server failed; check LabFlow:Email:Security and the server's certificate.",
        SocketException socket => $"Cannot reach the SMTP server: {socket.SocketErrorCode}.",
        TimeoutException => "The SMTP server did not answer within LabFlow:Email:SendTimeout.",
        IOException or UnauthorizedAccessException => $"Writing the email failed: {exception.GetType().Name}.",
        _ => $"Sending failed: {exception.GetType().Name}.",
    };

    private static string Subject(SmtpErrorCode code) => code switch
    {
        SmtpErrorCode.SenderNotAccepted => "sender (LabFlow:Email:FromAddress)",
        SmtpErrorCode.RecipientNotAccepted => "recipient",
        SmtpErrorCode.MessageNotAccepted => "message",
        _ => "command",
    };
}
