using LabFlow.Activities.Notifications;

namespace LabFlow.Activities.Tests.Notifications;

/// <summary>Records what retention asked to delete (the engine's in-memory journal cannot delete) and answers with set counts.</summary>
internal sealed class RecordingJournalRetention : IJournalRetention
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, int> _entries = [];
    private readonly List<(Guid InstanceId, DateTimeOffset Before)> _calls = [];

    public IReadOnlyList<(Guid InstanceId, DateTimeOffset Before)> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Says the lab has <paramref name="count"/> entries to delete (once).</summary>
    public void Has(Guid instanceId, int count)
    {
        lock (_gate)
        {
            _entries[instanceId] = count;
        }
    }

    public Task<int> DeleteBeforeAsync(Guid instanceId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _calls.Add((instanceId, before));
            var count = _entries.GetValueOrDefault(instanceId);
            _entries[instanceId] = 0;
            return Task.FromResult(count);
        }
    }
}
