using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Infrastructure.Seeding;

/// <summary>
/// The demo labs (<see cref="DemoData.Labs"/>): <see cref="DemoData.LabFlowId"/> launched through <see cref="LabService"/>
/// by the demo facilitator with the demo people, and their tasks completed through <see cref="TaskService"/> by their
/// assignees with valid answers (<see cref="DemoAnswers"/>) up to each lab's stops, so every demo role has something
/// to do today. Skipped when the first lab, or any lab on that flow, exists.
/// </summary>
internal sealed partial class DemoLabSeeder(
    ILabStore labs,
    IWorkflowInstanceStore instances,
    LabService labService,
    TaskService taskService,
    LabCalendar calendar,
    TimeProvider timeProvider,
    ILogger<DemoLabSeeder> logger)
{
    // A lab's tasks can open further tasks; this bounds the rounds, not the work of one round.
    private const int MaxCompletionRounds = 20;

    /// <summary>Launches the demo labs and completes their tasks up to their stops; the first lab, or <c>null</c> when they were there already.</summary>
    public async Task<Lab?> SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await labs.ListAsync(DemoData.Administration.Id, cancellationToken);
        if (existing.Any(l => l.Title == DemoData.LabTitle)
            || (await instances.ListAsync(new WorkflowInstanceQuery(DefinitionId: DemoData.LabFlowId, Take: 1), cancellationToken)).Count > 0)
        {
            return null;
        }

        Lab? first = null;
        foreach (var demo in DemoData.Labs)
        {
            var lab = await SeedLabAsync(demo, cancellationToken);
            first ??= lab;
        }

        return first;
    }

    private async Task<Lab> SeedLabAsync(DemoLab demo, CancellationToken cancellationToken)
    {
        var facilitator = DemoData.For(Role.Facilitator);
        var today = calendar.DateOf(timeProvider.GetUtcNow());
        var lab = await labService.LaunchAsync(
            new LaunchLabRequest(
                DemoData.LabFlowId,
                demo.Title,
                DemoData.Administration.Id,
                demo.Challenge,
                today.AddDays(demo.StartDaysFromToday),
                [.. DemoData.People.Where(p => p.Role is not (Role.Admin or Role.Designer)).Select(p => new LabMember(p.Id, p.Role))]),
            facilitator.Id,
            cancellationToken);

        var completed = 0;
        for (var round = 0; round < MaxCompletionRounds; round++)
        {
            var open = (await taskService.ListForLabAsync(lab.Id, facilitator.Id, cancellationToken))
                .Where(t => t.IsOpen && t.AssigneeId is not null && (t.Opens is null || t.Opens <= today) && !demo.StopAt.Contains(t.ActivityId ?? string.Empty, StringComparer.Ordinal))
                .ToList();
            if (open.Count == 0)
            {
                break;
            }

            foreach (var task in open)
            {
                var answers = DemoAnswers.For(FormDefinitionParser.Parse(task.Form).Form, lab, today);
                var result = await taskService.CompleteAsync(task.Id, task.AssigneeId!.Value, outcome: null, answers, cancellationToken);
                if (result.Status == TaskCompletionStatus.Invalid)
                {
                    LogDemoTaskInvalid(task.ActivityId, result.Message, string.Join(" ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
                    return lab;
                }

                completed++;
            }
        }

        if (completed == 0)
        {
            LogNoTasksCompleted(lab.Id);
        }
        else
        {
            LogDemoLabSeeded(lab.Id, completed);
        }

        return lab;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo lab: step {ActivityId} was not completed: {Summary} {Errors}")]
    private partial void LogDemoTaskInvalid(string? activityId, string summary, string errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo lab {LabId} launched; {TaskCount} preparation task(s) completed")]
    private partial void LogDemoLabSeeded(Guid labId, int taskCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo lab {LabId} launched, but it had no preparation task to complete (are task rows stored?)")]
    private partial void LogNoTasksCompleted(Guid labId);
}
