using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LabFlow.Host.Infrastructure.Email;

/// <summary>Sends over SMTP with MailKit, one connection per message (LabFlow sends tens of emails a day, not thousands).</summary>
internal sealed partial class MailKitEmailSender(IOptions<EmailOptions> options, ILogger<MailKitEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var host = settings.SmtpHost ?? throw new InvalidOperationException("LabFlow:Email:SmtpHost is not set; the pickup folder sender is used then.");
        using var client = new SmtpClient { Timeout = (int)settings.SendTimeout.TotalMilliseconds };
        await client.ConnectAsync(host, settings.SmtpPort, ToSocketOptions(settings.Security), cancellationToken);
        if (!string.IsNullOrWhiteSpace(settings.Username))
        {
            await client.AuthenticateAsync(settings.Username, settings.Password ?? string.Empty, cancellationToken);
        }

        // Not cancellable once the message is on its way: a stop while the server's reply is awaited would leave it
        // unknown whether the server took the message, and the row would be sent again after its claim runs out.
        // The client's Timeout still bounds the wait.
        await client.SendAsync(message, CancellationToken.None);
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception exception) when (exception is IOException or SocketException or SmtpProtocolException or SmtpCommandException or ServiceNotConnectedException)
        {
            // The server has accepted the message; a failed goodbye must not make it count as unsent (and be sent twice).
            LogDisconnectFailed(logger, exception.GetType().Name);
        }
    }

    private static SecureSocketOptions ToSocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Closing the SMTP connection after a sent email failed ({ErrorType})")]
    private static partial void LogDisconnectFailed(ILogger logger, string errorType);
}
