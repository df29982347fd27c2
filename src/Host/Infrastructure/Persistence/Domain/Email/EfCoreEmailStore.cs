using LabFlow.Activities.Email;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Email;

/// <summary>
/// Email rows in the database. A claim is one conditional UPDATE (not sent, due) stamped with a claim token, so
/// several nodes can deliver from one table and each row goes to one of them. Sent and undeliverable rows are final
/// for delivery: only <see cref="ReaddressAsync"/> and <see cref="RetryRefusedAsync"/> bring an undeliverable row back.
/// </summary>
internal sealed class EfCoreEmailStore(LabFlowDbContext db) : IEmailStore
{
    // A concurrent add of the same rows fails the insert; looking again then skips what the other added.
    private const int MaxAddAttempts = 3;

    private IQueryable<EmailRow> Emails => db.Set<EmailRow>().AsNoTracking();

    public async Task<int> AddAsync(IReadOnlyList<EmailMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return 0;
        }

        var ids = messages.Select(m => m.Id).Distinct().ToList();
        for (var attempt = 1; ; attempt++)
        {
            var seen = (await Emails.Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken)).ToHashSet();
            var fresh = messages.Where(m => seen.Add(m.Id)).ToList();
            if (fresh.Count == 0)
            {
                return 0;
            }

            db.AddRange(fresh.Select(ToRow));
            try
            {
                await db.SaveAndForgetAsync(cancellationToken);
                return fresh.Count;
            }
            catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception) && attempt < MaxAddAttempts)
            {
            }
        }
    }

    public async Task<IReadOnlyList<EmailMessage>> ClaimDueAsync(
        DateTimeOffset now, DateTimeOffset claimedUntil, int maxCount, CancellationToken cancellationToken)
    {
        var at = now.ToUniversalTime();
        var until = claimedUntil.ToUniversalTime();
        var due = await Emails
            .Where(e => e.Status != EmailStatus.Sent && e.Status != EmailStatus.Undeliverable && e.NextAttemptAt <= at)
            .OrderBy(e => e.NextAttemptAt)
            .ThenBy(e => e.CreatedAt)
            .ThenBy(e => e.Id)
            .Select(e => e.Id)
            .Take(maxCount)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        // The condition is checked again by the UPDATE itself: a row another node claimed since the read above is
        // no longer due, so it is not claimed twice.
        var token = Guid.NewGuid();
        var claimed = await db.Set<EmailRow>()
            .Where(e => due.Contains(e.Id) && e.Status != EmailStatus.Sent && e.Status != EmailStatus.Undeliverable && e.NextAttemptAt <= at)
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(e => e.Status, EmailStatus.Sending)
                    .SetProperty(e => e.Attempts, e => e.Attempts + 1)
                    .SetProperty(e => e.NextAttemptAt, until)
                    .SetProperty(e => e.ClaimToken, token),
                cancellationToken);
        if (claimed == 0)
        {
            return [];
        }

        var rows = await Emails.Where(e => e.ClaimToken == token).ToDictionaryAsync(e => e.Id, cancellationToken);
        return [.. due.Where(rows.ContainsKey).Select(id => ToMessage(rows[id]))];
    }

    // One UPDATE for all of them: SQLite commits it on its own, one fsync for the batch.
    public Task MarkSentAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return Task.CompletedTask;
        }

        var at = sentAt.ToUniversalTime();
        return db.Set<EmailRow>()
            .Where(e => ids.Contains(e.Id) && e.Status != EmailStatus.Sent)
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(e => e.Status, EmailStatus.Sent)
                    .SetProperty(e => e.SentAt, at)
                    .SetProperty(e => e.LastError, (string?)null),
                cancellationToken);
    }

    public Task MarkFailedAsync(Guid id, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken)
    {
        var next = nextAttemptAt.ToUniversalTime();
        return Claimed(id).ExecuteUpdateAsync(
            s => s
                .SetProperty(e => e.Status, EmailStatus.FailedRetrying)
                .SetProperty(e => e.NextAttemptAt, next)
                .SetProperty(e => e.LastError, error),
            cancellationToken);
    }

    public Task MarkUndeliverableAsync(Guid id, DateTimeOffset at, string reason, string error, CancellationToken cancellationToken)
    {
        var refusedAt = at.ToUniversalTime();
        return Claimed(id).ExecuteUpdateAsync(
            s => s
                .SetProperty(e => e.Status, EmailStatus.Undeliverable)
                .SetProperty(e => e.UndeliverableAt, refusedAt)
                .SetProperty(e => e.UndeliverableReason, reason)
                .SetProperty(e => e.LastError, error),
            cancellationToken);
    }

    // The refused rows come from their own small index; the sent rows are read only for people with a refusal.
    public async Task<IReadOnlyList<EmailRefusal>> ListRefusalsAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        List<Guid?> ids = [.. personIds.Distinct().Select(id => (Guid?)id)];
        if (ids.Count == 0)
        {
            return [];
        }

        var refused = await Emails
            .Where(e => e.Status == EmailStatus.Undeliverable && ids.Contains(e.RecipientPersonId))
            .Select(e => new { e.Id, e.RecipientPersonId, e.RecipientAddress, e.UndeliverableAt, e.UndeliverableReason })
            .ToListAsync(cancellationToken);
        var latest = refused
            .GroupBy(e => e.RecipientPersonId!.Value)
            .Select(g => g.OrderByDescending(e => e.UndeliverableAt).ThenBy(e => e.Id).First())
            .Select(e => new EmailRefusal(e.RecipientPersonId!.Value, e.RecipientAddress, e.UndeliverableAt!.Value, e.UndeliverableReason!))
            .ToList();
        if (latest.Count == 0)
        {
            return [];
        }

        List<Guid?> refusedIds = [.. latest.Select(r => (Guid?)r.PersonId)];
        var since = latest.Min(r => r.RefusedAt).ToUniversalTime();
        var sentSince = await Emails
            .Where(e => e.Status == EmailStatus.Sent && refusedIds.Contains(e.RecipientPersonId) && e.SentAt > since)
            .Select(e => new { e.RecipientPersonId, e.SentAt })
            .ToListAsync(cancellationToken);
        return [.. latest.Where(r => !sentSince.Any(s => s.RecipientPersonId == r.PersonId && s.SentAt > r.RefusedAt))];
    }

    // An attempt's outcome is recorded only on the row its run still holds: a row sent meanwhile stays sent.
    private IQueryable<EmailRow> Claimed(Guid id) => db.Set<EmailRow>().Where(e => e.Id == id && e.Status == EmailStatus.Sending);

    public async Task<int> ReaddressAsync(Guid personId, string address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = now.ToUniversalTime();
        return await db.InTransactionAsync(
            async () =>
            {
                var moved = await db.Set<EmailRow>()
                    .Where(e => e.RecipientPersonId == personId && e.Status != EmailStatus.Sent)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.RecipientAddress, address), cancellationToken);
                await db.Set<EmailRow>()
                    .Where(e => e.RecipientPersonId == personId && e.Status == EmailStatus.FailedRetrying && e.NextAttemptAt > at)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.NextAttemptAt, at), cancellationToken);
                await RetryRefusedAsync(personId, address, at, cancellationToken);
                return moved;
            },
            cancellationToken);
    }

    // One UPDATE conditional on the status: of two callers at once, the second finds no refused row left (SQLite
    // serialises the writes; PostgreSQL re-checks the condition on the row the first one changed).
    public Task<int> RetryRefusedAsync(Guid personId, string address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = now.ToUniversalTime();
        return db.Set<EmailRow>()
            .Where(e => e.RecipientPersonId == personId && e.Status == EmailStatus.Undeliverable)
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(e => e.RecipientAddress, address)
                    .SetProperty(e => e.Status, EmailStatus.Pending)
                    .SetProperty(e => e.NextAttemptAt, at)
                    .SetProperty(e => e.UndeliverableAt, (DateTimeOffset?)null)
                    .SetProperty(e => e.UndeliverableReason, (string?)null),
                cancellationToken);
    }

    public async Task<EmailMessage?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await Emails.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return row is null ? null : ToMessage(row);
    }

    public async Task<IReadOnlyList<EmailMessage>> ListAsync(EmailMessageQuery query, CancellationToken cancellationToken)
    {
        var rows = Emails;
        if (query.InstanceId is { } instanceId)
        {
            rows = rows.Where(e => e.InstanceId == instanceId);
        }

        if (query.TaskId is { } taskId)
        {
            rows = rows.Where(e => e.TaskId == taskId);
        }

        if (query.RequestId is { } requestId)
        {
            rows = rows.Where(e => e.RequestId == requestId);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(e => e.Status == status);
        }

        var page = await rows
            .OrderByDescending(e => e.CreatedAt)
            .ThenBy(e => e.Id)
            .Skip(query.Skip)
            .Take(query.Take)
            .ToListAsync(cancellationToken);
        return [.. page.Select(ToMessage)];
    }

    public Task<DateTimeOffset?> GetNextAttemptAtAsync(CancellationToken cancellationToken) =>
        Emails.Where(e => e.Status != EmailStatus.Sent && e.Status != EmailStatus.Undeliverable).MinAsync(e => (DateTimeOffset?)e.NextAttemptAt, cancellationToken);

    internal static EmailRow ToRow(EmailMessage message) => new()
    {
        Id = message.Id,
        RequestId = message.RequestId,
        InstanceId = message.InstanceId,
        TaskId = message.TaskId,
        RecipientAddress = message.RecipientAddress,
        RecipientName = message.RecipientName,
        RecipientPersonId = message.RecipientPersonId,
        Culture = message.Culture,
        Template = message.Template,
        ModelJson = message.ModelJson,
        Subject = message.Subject,
        HtmlBody = message.HtmlBody,
        TextBody = message.TextBody,
        Attachments = DomainJson.Serialize(message.Attachments),
        MessageId = message.MessageId,
        Status = message.Status,
        Attempts = message.Attempts,
        NextAttemptAt = message.NextAttemptAt.ToUniversalTime(),
        LastError = message.LastError,
        UndeliverableAt = message.UndeliverableAt?.ToUniversalTime(),
        UndeliverableReason = message.UndeliverableReason,
        CreatedAt = message.CreatedAt.ToUniversalTime(),
        SentAt = message.SentAt?.ToUniversalTime(),
    };

    private static EmailMessage ToMessage(EmailRow row) => new()
    {
        Id = row.Id,
        RequestId = row.RequestId,
        InstanceId = row.InstanceId,
        TaskId = row.TaskId,
        RecipientAddress = row.RecipientAddress,
        RecipientName = row.RecipientName,
        RecipientPersonId = row.RecipientPersonId,
        Culture = row.Culture,
        Template = row.Template,
        ModelJson = row.ModelJson,
        Subject = row.Subject,
        HtmlBody = row.HtmlBody,
        TextBody = row.TextBody,
        Attachments = DomainJson.Deserialize<List<EmailAttachment>>(row.Attachments),
        MessageId = row.MessageId,
        Status = row.Status,
        Attempts = row.Attempts,
        NextAttemptAt = row.NextAttemptAt,
        LastError = row.LastError,
        UndeliverableAt = row.UndeliverableAt,
        UndeliverableReason = row.UndeliverableReason,
        CreatedAt = row.CreatedAt,
        SentAt = row.SentAt,
    };
}
