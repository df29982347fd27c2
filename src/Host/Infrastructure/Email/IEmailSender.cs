using MimeKit;

namespace LabFlow.Host.Infrastructure.Email;

/// <summary>
/// Hands one message to the outside world. Returns once it was accepted (by the SMTP server, or written to disk);
/// throws when it was not, and the row is retried.
/// </summary>
internal interface IEmailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
