namespace LabFlow.Activities.Email;

/// <summary>
/// One email to one recipient: rendered when it was requested, then kept until it is sent. Maps to one table
/// (attachments as a JSON column or an owned collection). Rows are immutable; stores return changed copies.
/// </summary>
public sealed record EmailMessage
{
    /// <summary>Stable per request and recipient (<see cref="EmailMessageIds.For"/>), so a repeated request adds no row.</summary>
    public required Guid Id { get; init; }

    /// <summary>The <see cref="EmailRequested"/> effect (or other request) this row came from.</summary>
    public required Guid RequestId { get; init; }

    /// <summary>The lab the email is about, when it is about one.</summary>
    public Guid? InstanceId { get; init; }

    /// <summary>The task the email is about, when it is about one.</summary>
    public Guid? TaskId { get; init; }

    public required string RecipientAddress { get; init; }

    public required string RecipientName { get; init; }

    public Guid? RecipientPersonId { get; init; }

    /// <summary>The language the email was rendered in: <c>sv</c> or <c>en</c>.</summary>
    public required string Culture { get; init; }

    /// <summary>The template key (<see cref="EmailTemplates"/>).</summary>
    public required string Template { get; init; }

    /// <summary>The request's model as JSON, kept so an email can be explained or rendered again.</summary>
    public required string ModelJson { get; init; }

    public required string Subject { get; init; }

    public required string HtmlBody { get; init; }

    public required string TextBody { get; init; }

    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];

    /// <summary>The Message-ID header without angle brackets; generated once, so a retried or duplicated send carries the same one.</summary>
    public required string MessageId { get; init; }

    public EmailStatus Status { get; init; } = EmailStatus.Pending;

    /// <summary>How many delivery attempts have started (a claim counts as one).</summary>
    public int Attempts { get; init; }

    /// <summary>When the row is due for delivery; while <see cref="EmailStatus.Sending"/>, when its claim runs out.</summary>
    public DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>Why the last attempt failed, without personal data (no addresses, no server replies).</summary>
    public string? LastError { get; init; }

    /// <summary>When the mail server refused the recipient for good (<see cref="EmailStatus.Undeliverable"/>).</summary>
    public DateTimeOffset? UndeliverableAt { get; init; }

    /// <summary>Why the mail server refused the recipient: an <see cref="UndeliverableReasons"/> code.</summary>
    public string? UndeliverableReason { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }
}
