namespace LabFlow.Activities.Email;

/// <summary>Renders a request per recipient, stores the rows as pending and wakes the delivery loop.</summary>
internal sealed class EmailOutbox(
    EmailTemplateRenderer renderer,
    IEmailStore store,
    EmailRenderingOptions options,
    EmailDeliverySignal signal,
    TimeProvider timeProvider,
    Labs.LabKinds? kinds = null) : IEmailOutbox
{
    public async Task<int> EnqueueAsync(EmailRequested request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var modelJson = request.Model.ToJsonString();
        var rows = new List<EmailMessage>(request.To.Count);
        var kind = kinds is not null && request.InstanceId is { } labId ? await kinds.FindAsync(labId, cancellationToken) : null;
        foreach (var recipient in request.To.DistinctBy(r => r.Address.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var id = EmailMessageIds.For(request.Id, recipient.Address);
            if (await store.FindAsync(id, cancellationToken) is not null)
            {
                continue;
            }

            var rendered = await renderer.RenderAsync(request, recipient, now, kind, cancellationToken);
            rows.Add(new EmailMessage
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
                ModelJson = modelJson,
                Subject = rendered.Subject,
                HtmlBody = rendered.HtmlBody,
                TextBody = rendered.TextBody,
                Attachments = rendered.Attachments,
                MessageId = $"{id:N}@{options.MessageIdDomain}",
                Status = EmailStatus.Pending,
                Attempts = 0,
                NextAttemptAt = now,
                CreatedAt = now,
            });
        }

        // The store skips ids it already has, so two dispatches racing past the check above still add one row.
        var added = rows.Count == 0 ? 0 : await store.AddAsync(rows, cancellationToken);
        if (added > 0)
        {
            signal.Notify();
        }

        return added;
    }
}
