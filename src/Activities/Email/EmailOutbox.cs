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
    private readonly EmailRows _rows = new(renderer, options);

    public async Task<int> EnqueueAsync(EmailRequested request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var rows = new List<EmailMessage>(request.To.Count);
        var kind = kinds is not null && request.InstanceId is { } labId ? await kinds.FindAsync(labId, cancellationToken) : null;
        foreach (var (id, recipient) in EmailRows.Recipients(request))
        {
            if (await store.FindAsync(id, cancellationToken) is not null)
            {
                continue;
            }

            rows.Add(await _rows.RenderAsync(request, id, recipient, kind, now, cancellationToken));
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
