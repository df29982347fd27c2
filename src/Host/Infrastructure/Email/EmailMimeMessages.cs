using LabFlow.Activities.Email;
using MimeKit;
using MimeKit.Text;

namespace LabFlow.Host.Infrastructure.Email;

/// <summary>
/// Builds the message both senders send: plain text and HTML as alternatives, attachments beside them, the row's
/// Message-ID. A meeting request also goes in as an inline <c>text/calendar</c> alternative, which is what makes
/// Outlook show it as an invitation rather than a file.
/// </summary>
internal static class EmailMimeMessages
{
    public static MimeMessage Create(EmailMessage row, EmailOptions options)
    {
        var alternative = new MultipartAlternative
        {
            new TextPart(TextFormat.Plain) { Text = row.TextBody, ContentTransferEncoding = ContentEncoding.QuotedPrintable },
            new TextPart(TextFormat.Html) { Text = row.HtmlBody, ContentTransferEncoding = ContentEncoding.QuotedPrintable },
        };
        foreach (var calendar in row.Attachments.Where(a => a.IsCalendarRequest))
        {
            alternative.Add(new MimePart(ContentType.Parse(calendar.ContentType))
            {
                Content = new MimeContent(new MemoryStream(calendar.Content, writable: false)),
                ContentTransferEncoding = ContentEncoding.Base64,
            });
        }

        MimeEntity body = alternative;
        if (row.Attachments.Count > 0)
        {
            var mixed = new Multipart("mixed") { alternative };
            foreach (var attachment in row.Attachments)
            {
                mixed.Add(new MimePart(ContentType.Parse(attachment.ContentType))
                {
                    Content = new MimeContent(new MemoryStream(attachment.Content, writable: false)),
                    ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                    ContentTransferEncoding = ContentEncoding.Base64,
                    FileName = attachment.FileName,
                });
            }

            body = mixed;
        }

        var message = new MimeMessage
        {
            MessageId = row.MessageId,
            Date = row.CreatedAt,
            Subject = row.Subject,
            Body = body,
        };
        message.From.Add(new MailboxAddress(options.FromName, MailboxAddress.Parse(options.FromAddress).Address));
        message.To.Add(new MailboxAddress(row.RecipientName, row.RecipientAddress));

        // Automatic mail: no out-of-office replies to a sender nobody reads (RFC 3834, and Exchange's own header).
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        message.Headers.Add(HeaderId.ContentLanguage, row.Culture);
        return message;
    }
}
