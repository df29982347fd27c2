using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.Logging;

namespace LabFlow.Activities.Notifications;

/// <summary>
/// Clears the personal data of labs that finished (or were cancelled) more than a period ago: task answers and
/// drafts, comments, the lab's own people, and the lab's journal. Task rows, their titles, due dates and history of
/// who had them stay, so the lab's shape and statistics remain. Idempotent: what is cleared stays cleared, a second
/// run counts nothing, and only runs that cleared something are recorded in <see cref="IRetentionLog"/>.
/// </summary>
public sealed partial class RetentionService(
    IWorkflowInstanceStore instances,
    ILabStore labs,
    ITaskStore tasks,
    ITaskCommands taskCommands,
    IJournalRetention journal,
    IRetentionLog log,
    TimeProvider timeProvider,
    ILogger<RetentionService> logger)
{
    private const int PageSize = 100;

    /// <summary>Clears what is older than <paramref name="period"/>; returns what it cleared.</summary>
    public async Task<RetentionRun> ClearAsync(TimeSpan period, CancellationToken cancellationToken)
    {
        if (period <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "The retention period must be longer than zero.");
        }

        var now = timeProvider.GetUtcNow();
        var cutoff = now - period;
        var cleared = new List<Guid>();
        int answers = 0, comments = 0, people = 0, entries = 0;
        foreach (var labId in await ListEndedBeforeAsync(cutoff, cancellationToken))
        {
            var (labAnswers, labComments) = await ClearTasksAsync(labId, cancellationToken);
            var labPeople = await ClearPeopleAsync(labId, cancellationToken);
            var labEntries = await journal.DeleteBeforeAsync(labId, cutoff, cancellationToken);
            if (labAnswers + labComments + labPeople + labEntries > 0)
            {
                cleared.Add(labId);
                answers += labAnswers;
                comments += labComments;
                people += labPeople;
                entries += labEntries;
            }
        }

        var run = new RetentionRun(Guid.CreateVersion7(now), now, period, cutoff, cleared, answers, comments, people, entries);
        LogRun(logger, period, cutoff, cleared.Count, answers, comments, people, entries);
        if (run.ClearedAnything)
        {
            await log.AddAsync(run, cancellationToken);
        }

        return run;
    }

    private async Task<IReadOnlyList<Guid>> ListEndedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var ended = new List<Guid>();
        foreach (var status in new[] { WorkflowStatus.Finished, WorkflowStatus.Cancelled })
        {
            for (var skip = 0; ; skip += PageSize)
            {
                var page = await instances.ListAsync(new WorkflowInstanceQuery(Status: status, Skip: skip, Take: PageSize), cancellationToken);
                ended.AddRange(page.Where(i => (i.FinishedAt ?? i.UpdatedAt) < cutoff).Select(i => i.Id));
                if (page.Count < PageSize)
                {
                    break;
                }
            }
        }

        return ended;
    }

    private async Task<(int Answers, int Comments)> ClearTasksAsync(Guid labId, CancellationToken cancellationToken)
    {
        int answers = 0, comments = 0;
        foreach (var task in await tasks.ListByLabAsync(labId, cancellationToken))
        {
            if (task.Answers is null && task.Draft is null && task.Comments.Count == 0)
            {
                continue;
            }

            await taskCommands.UpdateAsync(task with { Answers = null, Draft = null, Comments = [] }, task.Version, cancellationToken);
            answers += task.Answers is not null || task.Draft is not null ? 1 : 0;
            comments += task.Comments.Count;
        }

        return (answers, comments);
    }

    private async Task<int> ClearPeopleAsync(Guid labId, CancellationToken cancellationToken)
    {
        var lab = await labs.FindAsync(labId, cancellationToken);
        if (lab is null || lab.People.Count == 0)
        {
            return 0;
        }

        await labs.UpdateAsync(lab with { People = [] }, lab.Version, cancellationToken);
        return lab.People.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention ({RetentionPeriod}, labs ended before {Cutoff}): cleared {LabCount} lab(s): {TaskAnswers} task answer(s), {Comments} comment(s), {People} lab member(s), {JournalEntries} journal entries")]
    private static partial void LogRun(ILogger logger, TimeSpan retentionPeriod, DateTimeOffset cutoff, int labCount, int taskAnswers, int comments, int people, int journalEntries);
}
