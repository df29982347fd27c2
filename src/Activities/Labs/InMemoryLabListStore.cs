using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Labs;

/// <summary>The lab list over the in-memory stores (tests and the engine on its own); the database's store answers in a fixed number of queries.</summary>
public sealed class InMemoryLabListStore(ILabStore labs, IWorkflowInstanceStore instances, ITaskStore tasks) : ILabListStore
{
    public async Task<IReadOnlyList<LabListItem>> ListAsync(LabVisibility visibility, LabListFilter filter, LabListKey? after, int take, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visibility);
        ArgumentNullException.ThrowIfNull(filter);
        var items = new List<LabListItem>();
        var ordered = (await labs.ListAsync(filter.AdministrationId, cancellationToken))
            .OrderByDescending(l => l.CreatedAt.UtcTicks)
            .ThenByDescending(l => l.Id);
        foreach (var lab in ordered)
        {
            if (items.Count == take)
            {
                break;
            }

            if (after is not null && (lab.CreatedAt.UtcTicks > after.CreatedAt.UtcTicks || (lab.CreatedAt.UtcTicks == after.CreatedAt.UtcTicks && lab.Id.CompareTo(after.Id) >= 0)))
            {
                continue;
            }

            if (await instances.FindAsync(lab.Id, cancellationToken) is not { } instance)
            {
                continue;
            }

            var overdue = (await tasks.ListByLabAsync(lab.Id, cancellationToken)).Count(t => t.IsOpen && t.Due < today);
            var item = new LabListItem(lab, instance.Status, instance.DefinitionVersion, instance.ActivePhases, overdue);
            if (Matches(item, visibility, filter))
            {
                items.Add(item);
            }
        }

        return items;
    }

    private static bool Matches(LabListItem item, LabVisibility visibility, LabListFilter filter)
    {
        var lab = item.Lab;
        return (visibility.Administrations is null || visibility.Administrations.Contains(lab.AdministrationId) || lab.People.Any(p => p.PersonId == visibility.ViewerId))
            && (filter.Status is null || item.Status == filter.Status)
            && (filter.State is null || item.State == filter.State)
            && (filter.Phase is null || item.ActivePhases.Contains(filter.Phase, StringComparer.Ordinal))
            && (filter.Year is null || lab.StartDate.Year == filter.Year)
            && (filter.Search is null || lab.Title.Contains(filter.Search, StringComparison.OrdinalIgnoreCase) || lab.Challenge.Contains(filter.Search, StringComparison.OrdinalIgnoreCase))
            && (filter.FacilitatorId is null || lab.People.Any(p => p.PersonId == filter.FacilitatorId && p.Role == Organisation.Role.Facilitator))
            && (filter.Overdue is null || (item.OverdueTasks > 0) == filter.Overdue);
    }
}
