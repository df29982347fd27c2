using System.Text.Json.Nodes;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Collections;

/// <summary>
/// One task per participant of a board or vote, so the window shows on *Mina uppgifter* with its last day and gets the
/// tasks' reminders (the existing reminder job, which marks each reminder sent so it goes out once). The tasks share the
/// collection's bookmark (the lab ending closes them as any task) and its id as their step run (the task page links
/// the board from it); they are done on the board, not completed, and close when the collection closes.
/// </summary>
public static class CollectionTasks
{
    /// <summary>Whether <paramref name="task"/> is a board's or vote's task (done on the board, closed with it).</summary>
    public static bool IsBoardTask(LabTask task) =>
        task.Kind is "CollectIdeas" or "DotVote" && task.StepRunId is not null;

    /// <summary>The board a board task belongs to; <c>null</c> for any other task.</summary>
    public static Guid? CollectionOf(LabTask task) => IsBoardTask(task) ? task.StepRunId : null;

    /// <summary>The task of each active participant, as effects of the opening burst.</summary>
    internal static void Request(
        IActivityContext context, LabCalendar calendar, Bookmark bookmark, LabCollection collection, DateOnly lastDay, IReadOnlyList<int> reminderDays, IReadOnlyList<Person> participants)
    {
        var instructions = collection.Kind == CollectionKind.Votes
            ? LocalizedText.Of($"Rösta senast {lastDay:yyyy-MM-dd} på röstningens sida.", $"Vote by {lastDay:yyyy-MM-dd} on the vote's page.")
            : LocalizedText.Of($"Lämna idéer senast {lastDay:yyyy-MM-dd} på idétavlan.", $"Submit ideas by {lastDay:yyyy-MM-dd} on the idea board.");
        foreach (var person in participants.Where(p => p.Active))
        {
            context.AddEffect(new TaskCreated(Guid.NewGuid(), new LabTask
            {
                Id = Guid.NewGuid(),
                LabId = context.InstanceId,
                ActivityId = context.Activity.Id,
                Kind = context.Activity.Type,
                BookmarkId = bookmark.Id,
                StepRunId = collection.Id,
                Title = collection.Title,
                Instructions = instructions,
                Phase = context.Activity.Phase,
                AssigneeId = person.Id,
                Opens = collection.Opens,
                Due = lastDay,
                ReminderDays = reminderDays,
                Reminders = calendar.Reminders(lastDay, reminderDays, context.Now),
                CreatedAt = context.Now,
                // Created by the board's opening, not by whoever's action opened it: a launching facilitator's
                // personal-data export would otherwise list every participant's task of an anonymous board.
                History = [new TaskHistoryEntry(context.Now, WorkflowActors.System, TaskHistoryKind.Created, To: person.Id)],
            }));
        }
    }

    /// <summary>The step's <c>reminders</c> (days before the last day; the descriptor's default when the flow names none).</summary>
    internal static IReadOnlyList<int> ReminderDaysOf(IActivityContext context) =>
        context.GetInput("reminders") is JsonArray days && days.All(d => d is JsonValue v && v.TryGetValue<int>(out var n) && n >= 0)
            ? [.. days.Select(d => d!.GetValue<int>()).Distinct().OrderDescending()]
            : [];

    /// <summary>
    /// Moves the open tasks of <paramref name="collection"/> to its new last day, with their reminders (those already
    /// sent stay sent; a reminder now due again for the new day is a new one).
    /// </summary>
    internal static async Task MoveAsync(
        ITaskStore tasks, ITaskCommands commands, LabCalendar calendar, LabCollection collection, DateOnly lastDay, Guid actorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var task in await tasks.ListByStepRunAsync(collection.LabId, collection.Id, cancellationToken))
        {
            if (!task.IsOpen || task.Due == lastDay)
            {
                continue;
            }

            var moved = task.WithHistory(new TaskHistoryEntry(now, actorId.ToString(), TaskHistoryKind.DueDateMoved, Note: $"{task.Due:yyyy-MM-dd} → {lastDay:yyyy-MM-dd}")) with
            {
                Due = lastDay,
                Reminders = calendar.Reminders(lastDay, task.ReminderDays, now),
            };
            await commands.UpdateAsync(moved, task.Version, cancellationToken);
        }
    }
}
