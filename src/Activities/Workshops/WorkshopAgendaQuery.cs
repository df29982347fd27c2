using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Workshops;

/// <summary>
/// The agenda of a workshop task, for its page: read from the step as the lab's flow version wrote it, with each item's
/// clock time from the workshop's start. The caller has already been allowed to see the task; the agenda is the flow's
/// plan, not anyone's answers.
/// </summary>
public sealed class WorkshopAgendaQuery(IWorkflowInstanceStore instances, IWorkflowDefinitionStore definitions, Register.IParticipantRegisterStore schedules)
{
    /// <summary>The agenda items in <paramref name="culture"/>; empty for a task that is not a workshop's or a workshop without an agenda.</summary>
    public async Task<JsonArray> ForTaskAsync(LabTask task, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (task.ActivityId is null || !string.Equals(task.Kind, WorkshopActivityDescriptors.Workshop.TypeName, StringComparison.Ordinal)
            || await instances.FindAsync(task.LabId, cancellationToken) is not { } instance
            || await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken) is not { } stored
            || stored.Definition.FindActivity(task.ActivityId) is not { } step)
        {
            return [];
        }

        // The clock times follow the lab's own start when the facilitator moved it, as the updated invitation does.
        var schedule = (await schedules.ListSchedulesAsync(task.LabId, cancellationToken))
            .FirstOrDefault(s => string.Equals(s.ActivityId, task.ActivityId, StringComparison.Ordinal));
        var start = WorkshopPlanQuery.StartOf(step, schedule);
        return WorkshopAgenda.Items(step.Inputs?["agenda"], start, culture);
    }
}
