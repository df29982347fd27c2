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

        // Built from its headers: the parameterless constructor makes a Message-ID (a random id and the host's name)
        // and formats the current date, both only to be replaced by the row's.
        var message = new MimeMessage(new List<Header> { SenderHeaders.For(options).From.Clone() })
        {
            Date = row.CreatedAt,
            Subject = row.Subject,
            MessageId = row.MessageId,
            Body = body,
        };
        message.To.Add(new MailboxAddress(row.RecipientName, row.RecipientAddress));

        // Automatic mail: no out-of-office replies to a sender nobody reads (RFC 3834, and Exchange's own header).
        message.Headers.Add(AutoSubmitted.Clone());
        message.Headers.Add(AutoResponseSuppress.Clone());
        message.Headers.Add(HeaderId.ContentLanguage, row.Culture);
        return message;
    }

    // Headers that are the same in every email, encoded once. A header belongs to one message's list, so each message
    // gets a clone (which shares the immutable encoded bytes).
    private static readonly Header AutoSubmitted = new("Auto-Submitted", "auto-generated");
    private static readonly Header AutoResponseSuppress = new("X-Auto-Response-Suppress", "All");

    /// <summary>
    /// The sender's From header, encoded once per configured sender: formatting an address list on every email was
    /// about a sixth of the MIME build's CPU (issue 17, <c>bench -- email</c>).
    /// </summary>
    private sealed record SenderHeaders(string Name, string Address, Header From)
    {
        private static SenderHeaders? s_last;

        public static SenderHeaders For(EmailOptions options)
        {
            var last = Volatile.Read(ref s_last);
            if (last is not null && last.Name == options.FromName && last.Address == options.FromAddress)
            {
                return last;
            }

            // The header the message's own address list writes, so the bytes are what every email had before.
            using var template = new MimeMessage(Enumerable.Empty<Header>());
            template.From.Add(new MailboxAddress(options.FromName, MailboxAddress.Parse(options.FromAddress).Address));
            var made = new SenderHeaders(options.FromName, options.FromAddress, template.Headers.First(header => header.Id == HeaderId.From));
            Volatile.Write(ref s_last, made);
            return made;
        }
    }
}
