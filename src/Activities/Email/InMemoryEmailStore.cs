namespace LabFlow.Activities.Email;

/// <summary>Email rows in memory behind one lock; the default until a database store replaces it.</summary>
public sealed class InMemoryEmailStore : IEmailStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, EmailMessage> _rows = [];

    public Task<int> AddAsync(IReadOnlyList<EmailMessage> messages, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var added = 0;
            foreach (var message in messages)
            {
                if (_rows.TryAdd(message.Id, message))
                {
                    added++;
                }
            }

            return Task.FromResult(added);
        }
    }

    public Task<IReadOnlyList<EmailMessage>> ClaimDueAsync(
        DateTimeOffset now, DateTimeOffset claimedUntil, int maxCount, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<EmailMessage> claimed =
            [
                .. _rows.Values
                    .Where(m => IsWaiting(m.Status) && m.NextAttemptAt <= now)
                    .OrderBy(m => m.NextAttemptAt)
                    .ThenBy(m => m.CreatedAt)
                    .ThenBy(m => m.Id)
                    .Take(maxCount)
                    .ToList()
                    .Select(m => _rows[m.Id] = m with
                    {
                        Status = EmailStatus.Sending,
                        Attempts = m.Attempts + 1,
                        NextAttemptAt = claimedUntil,
                    }),
            ];
            return Task.FromResult(claimed);
        }
    }

    public Task MarkSentAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var id in ids)
            {
                if (_rows.TryGetValue(id, out var row) && row.Status != EmailStatus.Sent)
                {
                    _rows[id] = row with { Status = EmailStatus.Sent, SentAt = sentAt, LastError = null };
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task MarkFailedAsync(Guid id, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_rows.TryGetValue(id, out var row) && row.Status == EmailStatus.Sending)
            {
                _rows[id] = row with { Status = EmailStatus.FailedRetrying, NextAttemptAt = nextAttemptAt, LastError = error };
            }
        }

        return Task.CompletedTask;
    }

    public Task MarkUndeliverableAsync(Guid id, DateTimeOffset at, string reason, string error, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_rows.TryGetValue(id, out var row) && row.Status == EmailStatus.Sending)
            {
                _rows[id] = row with { Status = EmailStatus.Undeliverable, UndeliverableAt = at, UndeliverableReason = reason, LastError = error };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<EmailRefusal>> ListRefusalsAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var wanted = personIds.ToHashSet();
            var toThem = _rows.Values.Where(r => r.RecipientPersonId is { } id && wanted.Contains(id)).ToList();
            IReadOnlyList<EmailRefusal> refusals =
            [
                .. toThem
                    .Where(r => r.Status == EmailStatus.Undeliverable)
                    .GroupBy(r => r.RecipientPersonId!.Value)
                    .Select(g => g.OrderByDescending(r => r.UndeliverableAt).ThenBy(r => r.Id).First())
                    .Where(refused => !toThem.Any(r => r.RecipientPersonId == refused.RecipientPersonId && r.Status == EmailStatus.Sent && r.SentAt > refused.UndeliverableAt))
                    .Select(r => new EmailRefusal(r.RecipientPersonId!.Value, r.RecipientAddress, r.UndeliverableAt!.Value, r.UndeliverableReason!)),
            ];
            return Task.FromResult(refusals);
        }
    }

    public Task<int> ReaddressAsync(Guid personId, string address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var waiting = _rows.Values.Where(r => r.RecipientPersonId == personId && r.Status != EmailStatus.Sent).ToList();
            foreach (var row in waiting)
            {
                _rows[row.Id] = row.Status == EmailStatus.Undeliverable
                    ? Retried(row, address, now)
                    : row with
                    {
                        RecipientAddress = address,
                        NextAttemptAt = row.Status == EmailStatus.FailedRetrying && row.NextAttemptAt > now ? now : row.NextAttemptAt,
                    };
            }

            return Task.FromResult(waiting.Count);
        }
    }

    public Task<int> RetryRefusedAsync(Guid personId, string address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var refused = _rows.Values.Where(r => r.RecipientPersonId == personId && r.Status == EmailStatus.Undeliverable).ToList();
            foreach (var row in refused)
            {
                _rows[row.Id] = Retried(row, address, now);
            }

            return Task.FromResult(refused.Count);
        }
    }

    public Task<EmailMessage?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_rows.GetValueOrDefault(id));
        }
    }

    public Task<IReadOnlyList<EmailMessage>> ListAsync(EmailMessageQuery query, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<EmailMessage> result =
            [
                .. _rows.Values
                    .Where(m => query.InstanceId is null || m.InstanceId == query.InstanceId)
                    .Where(m => query.TaskId is null || m.TaskId == query.TaskId)
                    .Where(m => query.RequestId is null || m.RequestId == query.RequestId)
                    .Where(m => query.Status is null || m.Status == query.Status)
                    .OrderByDescending(m => m.CreatedAt)
                    .ThenBy(m => m.Id)
                    .Skip(query.Skip)
                    .Take(query.Take),
            ];
            return Task.FromResult(result);
        }
    }

    public Task<DateTimeOffset?> GetNextAttemptAtAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var next = _rows.Values.Where(m => IsWaiting(m.Status)).Select(m => (DateTimeOffset?)m.NextAttemptAt).Min();
            return Task.FromResult(next);
        }
    }

    private static EmailMessage Retried(EmailMessage refused, string address, DateTimeOffset now) => refused with
    {
        RecipientAddress = address,
        Status = EmailStatus.Pending,
        NextAttemptAt = now,
        UndeliverableAt = null,
        UndeliverableReason = null,
    };

    private static bool IsWaiting(EmailStatus status) => status is not (EmailStatus.Sent or EmailStatus.Undeliverable);
}
