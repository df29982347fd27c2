using LabFlow.Activities.Email;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Email;

/// <summary>One email to one recipient, with its delivery state. Attachments are a JSON list.</summary>
internal sealed class EmailRow
{
    public Guid Id { get; set; }

    public Guid RequestId { get; set; }

    public Guid? InstanceId { get; set; }

    public Guid? TaskId { get; set; }

    public required string RecipientAddress { get; set; }

    public required string RecipientName { get; set; }

    public Guid? RecipientPersonId { get; set; }

    public required string Culture { get; set; }

    public required string Template { get; set; }

    public required string ModelJson { get; set; }

    public required string Subject { get; set; }

    public required string HtmlBody { get; set; }

    public required string TextBody { get; set; }

    public required string Attachments { get; set; }

    public required string MessageId { get; set; }

    public EmailStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>When the server refused the recipient for good; nullable with no default, so an insert need not name it.</summary>
    public DateTimeOffset? UndeliverableAt { get; set; }

    /// <summary>The <see cref="UndeliverableReasons"/> code of that refusal.</summary>
    public string? UndeliverableReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Set by the claim that took the row last, so a claimer reads back exactly the rows it won.</summary>
    public Guid? ClaimToken { get; set; }
}
