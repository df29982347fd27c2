using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Email;

/// <summary>
/// Renders an email request into its pending rows: one per distinct recipient address, with the id
/// <see cref="EmailMessageIds.For"/> gives, so the same request always yields the same rows and a store that skips
/// known ids adds each once. <see cref="EmailOutbox"/> uses it for work outside a burst and for effects dispatched
/// after their commit; the database commit uses it to write a burst's email rows in the burst's own transaction.
/// </summary>
public sealed class EmailRows
{
    private readonly EmailTemplateRenderer _renderer;
    private readonly EmailRenderingOptions _options;

    internal EmailRows(EmailTemplateRenderer renderer, EmailRenderingOptions options)
    {
        _renderer = renderer;
        _options = options;
    }

    /// <summary>The request's recipients, one per address (trimmed, case-insensitive), each with its row's id.</summary>
    public static IEnumerable<(Guid Id, EmailRecipient Recipient)> Recipients(EmailRequested request) =>
        request.To
            .DistinctBy(r => r.Address.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(r => (EmailMessageIds.For(request.Id, r.Address), r));

    /// <summary>Renders every recipient's row, pending and due at <paramref name="now"/>.</summary>
    /// <param name="kind">The kind of the lab's flow (see <see cref="EmailTemplateRenderer"/>); <c>null</c> names the lab by its title.</param>
    public async Task<IReadOnlyList<EmailMessage>> RenderAllAsync(EmailRequested request, FlowKind? kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = new List<EmailMessage>(request.To.Count);
        foreach (var (id, recipient) in Recipients(request))
        {
            rows.Add(await RenderAsync(request, id, recipient, kind, now, cancellationToken));
        }

        return rows;
    }

    /// <summary>Renders one recipient's row, pending and due at <paramref name="now"/>.</summary>
    public async Task<EmailMessage> RenderAsync(
        EmailRequested request, Guid id, EmailRecipient recipient, FlowKind? kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rendered = await _renderer.RenderAsync(request, recipient, now, kind, cancellationToken);
        return new EmailMessage
        {
            Id = id,
            RequestId = request.Id,
            InstanceId = request.InstanceId,
            TaskId = request.TaskId,
            RecipientAddress = recipient.Address.Trim(),
            RecipientName = recipient.DisplayName,
            RecipientPersonId = recipient.PersonId,
            Culture = EmailCultures.Normalize(recipient.Culture),
            Template = request.Template,
            ModelJson = request.Model.ToJsonString(),
            Subject = rendered.Subject,
            HtmlBody = rendered.HtmlBody,
            TextBody = rendered.TextBody,
            Attachments = rendered.Attachments,
            MessageId = $"{id:N}@{_options.MessageIdDomain}",
            Status = EmailStatus.Pending,
            Attempts = 0,
            NextAttemptAt = now,
            CreatedAt = now,
        };
    }
}
