using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.Logging;

namespace LabFlow.Activities.Notifications;

/// <summary>
/// Clears the personal data of labs that finished (or were cancelled) more than a period ago: task answers and
/// drafts, comments, free-text notes in task history, the lab's own people, the answers copied into the lab's stored
/// workflow state (step outputs, and variables holding text, lists or objects), the sent emails about the lab
/// (blanked, see <see cref="ILabRecordRetention"/>), the answers of ideas submitted to its collections, and the lab's
/// journal. Task rows, their titles, due dates and who had them stay, and so do numbers and yes/no values in the state,
/// so the lab's shape and statistics remain. Idempotent: what is cleared stays cleared, a second run counts nothing,
/// and only runs that cleared something are recorded in <see cref="IRetentionLog"/>.
/// </summary>
public sealed partial class RetentionService(
    IWorkflowInstanceStore instances,
    IWorkflowCommitStore commits,
    ILabStore labs,
    ITaskStore tasks,
    ITaskCommands taskCommands,
    IJournalRetention journal,
    ILabRecordRetention records,
    IRetentionLog log,
    TimeProvider timeProvider,
    ILogger<RetentionService> logger,
    Attachments.IAttachmentStore? attachments = null)
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
        var total = new RetentionRun(Guid.CreateVersion7(now), now, period, cutoff, [], 0, 0, 0, 0);
        foreach (var instance in await ListEndedBeforeAsync(cutoff, cancellationToken))
        {
            var (answers, comments, notes) = await ClearTasksAsync(instance.Id, cancellationToken);
            var lab = new RetentionRun(
                total.Id,
                now,
                period,
                cutoff,
                [instance.Id],
                answers,
                comments,
                await ClearPeopleAsync(instance.Id, cancellationToken),
                await journal.DeleteBeforeAsync(instance.Id, cutoff, cancellationToken),
                notes,
                await ClearStateAsync(instance, cancellationToken),
                await records.BlankSentEmailsAsync(instance.Id, cancellationToken),
                await records.ClearIdeaSubmissionsAsync(instance.Id, cancellationToken))
            {
                // Files are answers too: they go with the lab's other answers.
                AttachmentsRemoved = attachments is null ? 0 : await attachments.DeleteByLabsAsync([instance.Id], cancellationToken),
            };
            if (lab.ClearedAnything)
            {
                cleared.Add(instance.Id);
                total = Add(total, lab);
            }
        }

        var run = total with { LabIds = cleared };
        LogRun(
            logger, period, cutoff, cleared.Count, run.TaskAnswersCleared, run.CommentsRemoved, run.HistoryNotesCleared, run.PeopleRemoved,
            run.StateValuesCleared, run.EmailsBlanked, run.IdeasCleared, run.JournalEntriesRemoved);
        if (run.ClearedAnything)
        {
            await log.AddAsync(run, cancellationToken);
        }

        return run;
    }

    private static RetentionRun Add(RetentionRun total, RetentionRun lab) => total with
    {
        TaskAnswersCleared = total.TaskAnswersCleared + lab.TaskAnswersCleared,
        CommentsRemoved = total.CommentsRemoved + lab.CommentsRemoved,
        PeopleRemoved = total.PeopleRemoved + lab.PeopleRemoved,
        JournalEntriesRemoved = total.JournalEntriesRemoved + lab.JournalEntriesRemoved,
        HistoryNotesCleared = total.HistoryNotesCleared + lab.HistoryNotesCleared,
        StateValuesCleared = total.StateValuesCleared + lab.StateValuesCleared,
        EmailsBlanked = total.EmailsBlanked + lab.EmailsBlanked,
        IdeasCleared = total.IdeasCleared + lab.IdeasCleared,
        AttachmentsRemoved = total.AttachmentsRemoved + lab.AttachmentsRemoved,
    };

    private async Task<IReadOnlyList<WorkflowInstance>> ListEndedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var ended = new List<WorkflowInstance>();
        foreach (var status in new[] { WorkflowStatus.Finished, WorkflowStatus.Cancelled })
        {
            for (var skip = 0; ; skip += PageSize)
            {
                var page = await instances.ListAsync(new WorkflowInstanceQuery(Status: status, Skip: skip, Take: PageSize), cancellationToken);
                ended.AddRange(page.Where(i => (i.FinishedAt ?? i.UpdatedAt) < cutoff));
                if (page.Count < PageSize)
                {
                    break;
                }
            }
        }

        return ended;
    }

    private async Task<(int Answers, int Comments, int Notes)> ClearTasksAsync(Guid labId, CancellationToken cancellationToken)
    {
        int answers = 0, comments = 0, notes = 0;
        foreach (var task in await tasks.ListByLabAsync(labId, cancellationToken))
        {
            var taskNotes = task.History.Count(IsFreeText);
            if (task.Answers is null && task.Draft is null && task.Comments.Count == 0 && taskNotes == 0)
            {
                continue;
            }

            var history = task.History.Select(h => IsFreeText(h) ? h with { Note = null } : h).ToList();
            await taskCommands.UpdateAsync(task with { Answers = null, Draft = null, Comments = [], History = history }, task.Version, cancellationToken);
            answers += task.Answers is not null || task.Draft is not null ? 1 : 0;
            comments += task.Comments.Count;
            notes += taskNotes;
        }

        return (answers, comments, notes);
    }

    // A completion's note is the action taken (an id such as "approve"), which the task's outcome keeps anyway; every
    // other note is text someone wrote (why they delegated, skipped or moved a date) or names people.
    private static bool IsFreeText(TaskHistoryEntry entry) => entry.Note is not null && entry.Kind != TaskHistoryKind.Completed;

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

    /// <summary>
    /// Removes the step outputs and the variables holding text, lists or objects from the stored state, through an
    /// ordinary commit (so the database and the in-memory stores both take it). An ended lab never runs again, so
    /// nothing reads them after this; numbers and yes/no values stay for statistics.
    /// </summary>
    private async Task<int> ClearStateAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        var state = instance.State;
        var variables = state.Variables.Where(v => HoldsText(v.Value)).Select(v => v.Key).ToList();
        var cleared = state.Outputs.Count + variables.Count;
        if (cleared == 0)
        {
            return 0;
        }

        var kept = (JsonObject)state.Variables.DeepClone();
        foreach (var name in variables)
        {
            kept[name] = null;
        }

        var commit = new WorkflowCommit(
            instance with { State = state with { Outputs = [], Variables = kept }, ConcurrencyToken = instance.ConcurrencyToken + 1 },
            instance.ConcurrencyToken,
            [],
            [],
            [],
            []);
        try
        {
            await commits.CommitAsync(commit, cancellationToken);
            return cleared;
        }
        catch (ConcurrencyConflictException)
        {
            // Changed since it was read (a facilitator retried an incident of a cancelled lab): the next run clears it.
            LogStateChanged(logger, instance.Id);
            return 0;
        }
    }

    private static bool HoldsText(JsonNode? value) =>
        value is not null && value.GetValueKind() is not (JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention ({RetentionPeriod}, labs ended before {Cutoff}): cleared {LabCount} lab(s): {TaskAnswers} task answer(s), {Comments} comment(s), {HistoryNotes} history note(s), {People} lab member(s), {StateValues} stored step output(s) and variable(s), {Emails} sent email(s) blanked, {Ideas} idea(s), {JournalEntries} journal entries")]
    private static partial void LogRun(
        ILogger logger, TimeSpan retentionPeriod, DateTimeOffset cutoff, int labCount, int taskAnswers, int comments, int historyNotes, int people,
        int stateValues, int emails, int ideas, int journalEntries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lab {WorkflowInstanceId} changed while retention cleared its stored state; the next run clears it")]
    private static partial void LogStateChanged(ILogger logger, Guid workflowInstanceId);
}
