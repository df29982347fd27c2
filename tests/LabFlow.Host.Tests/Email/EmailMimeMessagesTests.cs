using System.Text;
using LabFlow.Activities.Email;
using LabFlow.Host.Infrastructure.Email;
using MimeKit;

namespace LabFlow.Host.Tests.Email;

/// <summary>The MIME message both senders send: its headers are what the message's own properties wrote before.</summary>
public sealed class EmailMimeMessagesTests
{
    private static EmailMessage Row(string recipientName = "Åsa Öberg \"Ö\"") => new()
    {
        Id = Guid.NewGuid(),
        RequestId = Guid.NewGuid(),
        RecipientAddress = "asa@goteborg.example",
        RecipientName = recipientName,
        Culture = "sv",
        Template = EmailTemplates.TaskAssigned,
        ModelJson = "{}",
        Subject = "Ny uppgift: Intervjua medarbetare (Jämlik rekrytering)",
        HtmlBody = "<p>Hej Åsa!</p>",
        TextBody = "Hej Åsa!",
        Attachments = [new EmailAttachment("deadline.ics", "text/calendar; charset=utf-8", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))],
        MessageId = "abc.123@labflow",
        CreatedAt = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(1)),
    };

    // The headers as the message's properties set them, one email at a time (the construction before issue 17).
    private static MimeMessage BuiltWithProperties(EmailMessage row, EmailOptions options)
    {
        var message = new MimeMessage { MessageId = row.MessageId, Date = row.CreatedAt, Subject = row.Subject, Body = new TextPart("plain") { Text = row.TextBody } };
        message.From.Add(new MailboxAddress(options.FromName, MailboxAddress.Parse(options.FromAddress).Address));
        message.To.Add(new MailboxAddress(row.RecipientName, row.RecipientAddress));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        message.Headers.Add(HeaderId.ContentLanguage, row.Culture);
        return message;
    }

    private static List<string> MessageHeaders(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        stream.Position = 0;
        using var read = MimeMessage.Load(stream);
        return [.. read.Headers.Where(h => !h.Field.StartsWith("Content-T", StringComparison.OrdinalIgnoreCase)).Select(h => $"{h.Field}: {h.Value}")];
    }

    [Theory]
    [InlineData("LabFlow", "labflow@localhost")]
    [InlineData("Göteborgs Stad, \"LabFlow\"", "LabFlow <noreply@goteborg.example>")]
    public void Create_WritesTheHeadersThePropertiesWrote_WhenTheSenderIsConfigured(string fromName, string fromAddress)
    {
        var options = new EmailOptions { FromName = fromName, FromAddress = fromAddress };
        var row = Row();

        using var message = EmailMimeMessages.Create(row, options);

        using var expected = BuiltWithProperties(row, options);
        Assert.Equal(MessageHeaders(expected), MessageHeaders(message));
        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal((fromName, MailboxAddress.Parse(fromAddress).Address), (from.Name, from.Address));
        Assert.Equal(row.MessageId, message.MessageId);
        Assert.Equal(row.CreatedAt, message.Date);
        Assert.Equal(row.Subject, message.Subject);
    }

    [Fact]
    public void Create_GivesEachMessageItsOwnFromHeader_WhenTheSenderChangesBetweenEmails()
    {
        var first = EmailMimeMessages.Create(Row(), new EmailOptions { FromName = "Första", FromAddress = "first@goteborg.example" });
        var second = EmailMimeMessages.Create(Row(), new EmailOptions { FromName = "Andra", FromAddress = "second@goteborg.example" });

        first.From.Clear();
        first.From.Add(new MailboxAddress("Ändrad", "changed@goteborg.example"));
        var third = EmailMimeMessages.Create(Row(), new EmailOptions { FromName = "Andra", FromAddress = "second@goteborg.example" });

        Assert.Equal("changed@goteborg.example", Assert.Single(first.From.Mailboxes).Address);
        Assert.Equal("second@goteborg.example", Assert.Single(second.From.Mailboxes).Address);
        Assert.Equal(("Andra", "second@goteborg.example"), (Assert.Single(third.From.Mailboxes).Name, Assert.Single(third.From.Mailboxes).Address));
        first.Dispose();
        second.Dispose();
        third.Dispose();
    }
}
