using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Privacy;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// The one rule for who reads a task's answers, used by every door (the task service behind the API and the pages,
/// the lab page, emails that quote answers). Whoever may see a task sees that it exists and its status; its answers,
/// draft and other people's comments only when this rule says so:
/// <list type="bullet">
/// <item>the people who did the task (its assignee, its candidates while unclaimed, a stand-in acting for one of them, whoever completed it) always;</item>
/// <item>a step without <c>readers</c>: everyone named on the lab except participants, people the role model grants
/// <see cref="Permission.ReadOpenAnswers"/> in the lab's administration (its facilitators, the organisation's
/// administrators), and the people who did any task of the step;</item>
/// <item>a step with <c>readers</c> (or a sensitive preset, <see cref="StepReaders.Sensitive"/>): only the holders of
/// the roles it names (on the lab, or organisation-wide) and, with <c>doers</c>, the people who did the step. An
/// administrator is not a reader of such a step unless the step names <c>Admin</c>.</item>
/// </list>
/// Every time the answers of a step with its own readers are shown to someone who did not give them, the read is
/// recorded in the access log (<see cref="ISensitiveReadLog"/>, when one is registered).
/// </summary>
public sealed class AnswerReadRule(LabAccess access, ITaskStore tasks, ISensitiveReadLog? readLog = null, TimeProvider? timeProvider = null)
{
    /// <summary>What the rule needs of <paramref name="personId"/> for <paramref name="lab"/> (none of its roles when the lab is gone).</summary>
    public async Task<AnswerReader> ReaderAsync(Guid personId, Lab? lab, CancellationToken cancellationToken) =>
        new(
            personId,
            lab is null ? new HashSet<Role>() : lab.People.Where(m => m.PersonId == personId).Select(m => m.Role).ToHashSet(),
            await access.ReaderRolesAsync(personId, cancellationToken),
            lab is not null && await access.HoldsForAsync(personId, lab, Permission.ReadOpenAnswers, cancellationToken));

    /// <summary>Whether <paramref name="reader"/> may read <paramref name="task"/>'s answers; <paramref name="stepTasks"/> are tasks of the lab (the step's are picked out), for who did the step.</summary>
    public static bool MayRead(LabTask task, AnswerReader reader, IEnumerable<LabTask> stepTasks)
    {
        if (Did(task, reader.PersonId))
        {
            return true;
        }

        if (task.Readers is not { } readers)
        {
            return reader.LabRoles.Any(role => role != Role.Participant) || reader.ReadsOpenSteps || DidStep(task, reader.PersonId, stepTasks);
        }

        return readers.Roles.Any(reader.Holds) || (readers.Doers && DidStep(task, reader.PersonId, stepTasks));
    }

    /// <summary>The task as <paramref name="viewerId"/> may see it: without answers, draft and other people's comments.</summary>
    public static LabTask WithoutAnswers(LabTask task, Guid viewerId) =>
        task with { Answers = null, Draft = null, Comments = [.. task.Comments.Where(c => c.AuthorId == viewerId)] };

    /// <summary>One task of <paramref name="lab"/> as <paramref name="viewerId"/> may see it.</summary>
    public async Task<LabTask> ShowAsync(LabTask task, Lab? lab, Guid viewerId, CancellationToken cancellationToken) =>
        (await ShowAsync([task], lab, viewerId, cancellationToken))[0];

    /// <summary>
    /// Tasks of one lab as <paramref name="viewerId"/> may see them. The lab's other tasks are read only when the
    /// answer depends on who did a step.
    /// </summary>
    public async Task<IReadOnlyList<LabTask>> ShowAsync(IReadOnlyList<LabTask> shown, Lab? lab, Guid viewerId, CancellationToken cancellationToken, IReadOnlyList<LabTask>? labTasks = null)
    {
        if (shown.Count == 0 || shown.All(t => Did(t, viewerId)))
        {
            // Who did every shown task reads them whole and is never logged: the roles need not be read.
            return shown;
        }

        var reader = await ReaderAsync(viewerId, lab, cancellationToken);
        var result = new List<LabTask>(shown.Count);
        foreach (var task in shown)
        {
            var mayRead = MayRead(task, reader, labTasks ?? [task]);
            if (!mayRead && labTasks is null && task.ActivityId is not null && task.Readers is not { Doers: false })
            {
                labTasks = await tasks.ListByLabAsync(task.LabId, cancellationToken);
                mayRead = MayRead(task, reader, labTasks);
            }

            result.Add(mayRead ? task : WithoutAnswers(task, viewerId));
        }

        await LogSensitiveReadsAsync(result, lab, viewerId, cancellationToken);
        return result;
    }

    /// <summary>Tasks of several labs (a person's own list) as <paramref name="viewerId"/> may see them, one lab at a time.</summary>
    public async Task<IReadOnlyList<LabTask>> ShowAcrossLabsAsync(IReadOnlyList<LabTask> shown, ILabStore labs, Guid viewerId, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<Guid, LabTask>();
        foreach (var group in shown.GroupBy(t => t.LabId))
        {
            var lab = await labs.FindAsync(group.Key, cancellationToken);
            foreach (var task in await ShowAsync([.. group], lab, viewerId, cancellationToken))
            {
                byId[task.Id] = task;
            }
        }

        return [.. shown.Select(t => byId[t.Id])];
    }

    /// <summary>Of <paramref name="people"/>, those who may read every task of <paramref name="stepTasks"/> (the tasks of the steps an email quotes).</summary>
    public async Task<IReadOnlyList<Person>> MayReadAllAsync(IReadOnlyList<Person> people, IReadOnlyList<LabTask> stepTasks, Lab? lab, IReadOnlyList<LabTask> labTasks, CancellationToken cancellationToken)
    {
        var allowed = new List<Person>(people.Count);
        foreach (var person in people)
        {
            var reader = await ReaderAsync(person.Id, lab, cancellationToken);
            if (stepTasks.All(t => MayRead(t, reader, labTasks)))
            {
                allowed.Add(person);
            }
        }

        return allowed;
    }

    /// <summary>One access-log row per shown task of a restricted step whose answers someone other than their giver reads.</summary>
    private async Task LogSensitiveReadsAsync(IReadOnlyList<LabTask> shown, Lab? lab, Guid viewerId, CancellationToken cancellationToken)
    {
        if (readLog is null || lab is null)
        {
            return;
        }

        var now = (timeProvider ?? TimeProvider.System).GetUtcNow();
        var reads = shown
            .Where(t => t.Readers is not null && (t.Answers is not null || t.Draft is not null) && !Did(t, viewerId))
            .Select(t => new SensitiveRead(Guid.CreateVersion7(now), viewerId, t.Id, t.LabId, lab.AdministrationId, t.ActivityId, now))
            .ToList();
        if (reads.Count > 0)
        {
            await readLog.AddAsync(reads, cancellationToken);
        }
    }

    /// <summary>Did the task: its assignee, a candidate while nobody claimed it, a stand-in acting for one, or whoever completed it.</summary>
    internal static bool Did(LabTask task, Guid personId) =>
        task.MayComplete(personId) || task.History.Any(h => h.Kind == TaskHistoryKind.Completed && h.Actor == personId.ToString());

    /// <summary>
    /// Did a task of the step in their own right. A stand-in reads the tasks they stand in on (<see cref="Did"/>), not
    /// the rest of the step the away person reads, so their work for someone else does not count here.
    /// </summary>
    private static bool DidStep(LabTask task, Guid personId, IEnumerable<LabTask> labTasks) =>
        task.ActivityId is { } step
        && labTasks.Any(t => t.LabId == task.LabId && string.Equals(t.ActivityId, step, StringComparison.Ordinal) && DidInOwnRight(t, personId));

    private static bool DidInOwnRight(LabTask task, Guid personId) =>
        task.IsFor(personId) || task.History.Any(h => h.Kind == TaskHistoryKind.Completed && h.Actor == personId.ToString() && h.From is null);
}
