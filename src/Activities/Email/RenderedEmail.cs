namespace LabFlow.Activities.Email;

/// <summary>An email rendered for one recipient.</summary>
internal sealed record RenderedEmail(string Subject, string HtmlBody, string TextBody, IReadOnlyList<EmailAttachment> Attachments);
