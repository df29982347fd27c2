using LabFlow.Activities.Messages;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence.InMemory;

namespace LabFlow.Activities.Labs;

/// <summary>
/// Lab rows in memory. Records are immutable, so they are handed out as they are. A launched lab is added by its
/// start burst's commit (<see cref="IInMemoryCommitParticipant"/>), atomically with its instance.
/// </summary>
public sealed class InMemoryLabStore : ILabStore, IInMemoryCommitParticipant
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Lab> _labs = [];

    public Task<Lab?> FindAsync(Guid labId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_labs.GetValueOrDefault(labId));
        }
    }

    public Task<IReadOnlyList<Lab>> ListAsync(string? administrationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Lab> result =
            [
                .. _labs.Values
                    .Where(l => administrationId is null || l.AdministrationId == administrationId)
                    .OrderByDescending(l => l.CreatedAt),
            ];
            return Task.FromResult(result);
        }
    }

    public void Apply(WorkflowCommit commit)
    {
        lock (_gate)
        {
            foreach (var launched in commit.Effects.OfType<LabLaunched>())
            {
                // The instance has the lab's id and was just created, so no lab can hold that id yet.
                _labs[launched.Lab.Id] = launched.Lab with { Version = 1 };
            }
        }
    }

    public Task AddAsync(Lab lab, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_labs.TryAdd(lab.Id, lab with { Version = 1 }))
            {
                throw new LabDomainException("lab_exists", LabMessages.Exists.With(("labId", lab.Id)));
            }
        }

        return Task.CompletedTask;
    }

    public Task<Lab> UpdateAsync(Lab lab, long expectedVersion, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_labs.TryGetValue(lab.Id, out var stored) || stored.Version != expectedVersion)
            {
                throw LabDomainException.LabConflict(lab.Id);
            }

            var updated = lab with { Version = expectedVersion + 1 };
            _labs[lab.Id] = updated;
            return Task.FromResult(updated);
        }
    }

    public Task RemoveAsync(Guid labId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _labs.Remove(labId);
        }

        return Task.CompletedTask;
    }
}
