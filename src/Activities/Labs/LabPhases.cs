using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;

namespace LabFlow.Activities.Labs;

/// <summary>
/// Phase progress, computed and never set by hand: a phase is active while work runs or waits in it
/// (<see cref="WorkflowInstance.ActivePhases"/>); done when the journal shows work in it and none is active there, or
/// when a later phase has been reached; ahead otherwise.
/// </summary>
public static class LabPhases
{
    public static IReadOnlyList<PhaseProgress> Compute(WorkflowDefinition definition, WorkflowInstance instance, IReadOnlyList<JournalEntry> journal)
    {
        var phases = definition.Phases;
        var active = instance.ActivePhases.ToHashSet(StringComparer.Ordinal);
        var visited = journal
            .Where(e => e.Event is JournalEvent.ActivityStarted or JournalEvent.ActivityCompleted && e.ActivityId is not null)
            .Select(e => definition.FindActivity(e.ActivityId!)?.Phase)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        var furthest = -1;
        for (var i = 0; i < phases.Count; i++)
        {
            if (active.Contains(phases[i].Id) || visited.Contains(phases[i].Id))
            {
                furthest = i;
            }
        }

        return
        [
            .. phases.Select((phase, index) => new PhaseProgress(
                phase.Id,
                phase.Name,
                active.Contains(phase.Id) ? PhaseState.Active
                : index < furthest || visited.Contains(phase.Id) ? PhaseState.Done
                : PhaseState.Ahead)),
        ];
    }
}
