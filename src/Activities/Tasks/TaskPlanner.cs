using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Time;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// Turns a task-like step's inputs into tasks, bookmarks and "task assigned" emails in the burst. Shared by UserTask,
/// PhaseGate, Workshop and FollowUp, so every task is built the same way.
/// </summary>
public sealed class TaskPlanner(AssigneeResolver resolver, ILabStore labs, LabCalendar calendar, StepRuns runs, StandInRule standIns)
{
    /// <summary>The bookmark data key holding the step run the bookmark belongs to.</summary>
    internal const string StepRunKey = "stepRun";

    internal LabCalendar Calendar => calendar;

    internal AssigneeResolver Resolver => resolver;

    /// <param name="run">
    /// The run the step is in, when it was measured earlier: a step that creates its task when a timer fires (FollowUp)
    /// measures its run when it starts, since by the time its timer fires its own start is in the journal.
    /// </param>
    internal async Task<LabScope> ReadScopeAsync(IActivityContext context, CancellationToken cancellationToken, StepRun? run = null)
    {
        // A launch's first burst runs before its lab row is stored: that row travels with the burst (LabLaunched),
        // and the lab has no stored row or journal to read yet (issue 17: two reads per task of a launch).
        var launched = LabLaunched.In(context.Effects, context.InstanceId);
        var lab = launched ?? await labs.FindAsync(context.InstanceId, cancellationToken);
        var today = calendar.DateOf(context.Now);
        var administration = lab?.AdministrationId
            ?? (context.LabContext["administration"] is JsonValue a && a.TryGetValue<string>(out var id) ? id : null);
        var start = lab?.StartDate ?? LabContext.ReadStartDate(context.LabContext) ?? today;
        run ??= launched is not null ? StepRun.First : await runs.ReadAsync(context.InstanceId, context.Activity.Id, start, today, cancellationToken);
        return new LabScope(lab, administration, start, today, run);
    }

    /// <summary>
    /// Resolves a date input; <c>null</c> when it is absent. A start-relative date of a step that runs again moves
    /// with the run (<see cref="StepRun.Place"/>); dates counted from the step's creation, ISO dates and script
    /// results are taken as they are.
    /// </summary>
    internal DateOnly? ResolveDate(IActivityContext context, LabScope scope, string inputName)
    {
        var value = context.GetInput(inputName);
        if (value is null)
        {
            return null;
        }

        if (!RelativeDates.TryResolve(value, scope.StartDate, scope.Today, calendar, out var date))
        {
            throw new StepConfigurationException(
                $"{Describe(context)}: input '{inputName}' is {value.ToJsonString()}, which is not a date. Write {RelativeDates.Shapes}.");
        }

        return RelativeDates.CountsFromStart(value) ? scope.Run.Place(date, scope.Today, calendar) : date;
    }

    /// <summary>
    /// Creates the step's tasks: one for the assignee or candidate group, or one per person for <c>"each": true</c>
    /// (then the step also waits on a timer at the end of its due date, which closes the window).
    /// </summary>
    internal async Task<IReadOnlyList<LabTask>> CreateTasksAsync(
        IActivityContext context,
        string assigneeInput,
        IReadOnlyList<TaskAction> actions,
        CancellationToken cancellationToken,
        DateOnly? opens = null,
        DateOnly? defaultDue = null,
        StepRun? run = null)
    {
        var scope = await ReadScopeAsync(context, cancellationToken, run);
        var assignees = await resolver.ResolveAsync(context.GetInput(assigneeInput), scope.Lab, scope.AdministrationId, $"{Describe(context)}: input '{assigneeInput}'", cancellationToken);
        var title = ReadText(context, "title") ?? context.Activity.Name ?? LocalizedText.Of(context.Activity.Id);
        var instructions = ReadText(context, "instructions");
        var dueSpec = context.GetInput("due");
        var due = ResolveDate(context, scope, "due") ?? defaultDue;
        if (scope.Run.Repeated && due is { } moved && RelativeDates.CountsFromStart(dueSpec))
        {
            // The due date as this run placed it, still counted from the start: moving the lab's start moves it by as
            // many days as the rest of the plan (LabService.MoveStartDateAsync), and the run's shift is kept.
            dueSpec = new JsonObject { [RelativeDates.DaysAfterStart] = moved.DayNumber - scope.StartDate.DayNumber };
        }

        if (due is { } d)
        {
            due = calendar.DueDate(d);
            if (RelativeDates.CountsFromStart(dueSpec))
            {
                // A lab launched later than its flow's earliest start would be overdue at birth (LaunchDates).
                var launchDay = scope.Lab is { } lab ? calendar.DateOf(lab.CreatedAt) : scope.Today;
                due = LaunchDates.OnOrAfterLaunch(due.Value, scope.StartDate, launchDay, scope.Today);
            }
        }

        opens ??= ResolveDate(context, scope, "opens");
        var followUp = context.Activity.Inputs?.ContainsKey("followUp") == true ? ResolveDate(context, scope, "followUp") : null;
        var reminderDays = ReadReminderDays(context);
        var informed = await ResolveInformedAsync(context, scope, assignees.People, cancellationToken);
        var escalation = ReadEscalation(context, due);
        var form = context.GetRawInput("form") as JsonArray;

        var template = new LabTask
        {
            Id = Guid.Empty,
            LabId = context.InstanceId,
            ActivityId = context.Activity.Id,
            Kind = context.Activity.Type,
            Title = title,
            Instructions = instructions,
            Phase = context.Activity.Phase,
            AssigneeRole = assignees.Role,
            Informed = informed,
            Opens = opens,
            Due = due,
            DueSpec = dueSpec,
            ReminderDays = reminderDays,
            Reminders = due is { } dueDate ? calendar.Reminders(dueDate, reminderDays, context.Now) : [],
            Escalation = escalation,
            FollowUp = followUp,
            // The task's own copy as one immutable JSON buffer, read lazily and written to the task's row as it is:
            // a clone node by node of the step's form for every new task was most of what creating a task allocated.
            Form = form is null ? null : JsonArray.Create(JsonSerializer.SerializeToElement(form)),
            Readers = StepReaders.Of(context.GetRawInput(StepReaders.InputName), form),
            Actions = actions,
            CreatedAt = context.Now,
        };

        var stepRunId = Guid.NewGuid();
        var groups = assignees.Each ? assignees.People.Select(p => (IReadOnlyList<Person>)[p]).ToList() : [assignees.People];
        var tasks = new List<LabTask>();
        foreach (var people in groups)
        {
            var taskId = Guid.NewGuid();
            var bookmark = context.CreateBookmark(TaskKinds.Bookmark, taskId.ToString(), new JsonObject { ["taskId"] = taskId.ToString(), [StepRunKey] = stepRunId.ToString() });
            var task = template with
            {
                Id = taskId,
                BookmarkId = bookmark.Id,
                StepRunId = stepRunId,
                AssigneeId = people.Count == 1 ? people[0].Id : null,
                Candidates = people.Count == 1 ? [] : [.. people.Select(p => p.Id)],
                History = [new TaskHistoryEntry(context.Now, context.Actor, TaskHistoryKind.Created, To: people.Count == 1 ? people[0].Id : null)],
            };
            task = await standIns.ApplyToNewTaskAsync(task, scope.Today, context.Now, cancellationToken);
            context.AddEffect(new TaskCreated(Guid.NewGuid(), task));
            RequestAssignedEmails(context, scope, task, people);
            tasks.Add(task);
        }

        if (assignees.Each && due is { } windowEnd)
        {
            context.CreateBookmark(Workflows.Bookmarks.BookmarkKinds.Timer, data: new JsonObject { [StepRunKey] = stepRunId.ToString() }, dueAt: calendar.EndOf(windowEnd));
        }

        return tasks;
    }

    internal static LocalizedText? ReadText(IActivityContext context, string inputName) => ToText(context.GetInput(inputName));

    internal static LocalizedText? ToText(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => LocalizedText.Of(s),
        JsonObject => value.Deserialize<LocalizedText>(),
        _ => LocalizedText.Of(value.ToJsonString()),
    };

    /// <summary>The <c>actions</c> input of a UserTask: <c>[{ "name", "label" }]</c>; <c>Done</c> when absent.</summary>
    internal static IReadOnlyList<TaskAction> ReadActions(IActivityContext context)
    {
        if (context.GetRawInput("actions") is not JsonArray items || items.Count == 0)
        {
            return [new TaskAction(ConnectionDefinition.DefaultOutcome, LocalizedText.Of("Klar", "Done"))];
        }

        return
        [
            .. items.OfType<JsonObject>().Select(item =>
            {
                var name = item["name"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;
                return new TaskAction(name, ToText(item["label"]) ?? LocalizedText.Of(name));
            }),
        ];
    }

    internal static string Describe(IActivityContext context) => $"{context.Activity.Type} '{context.Activity.Id}'";

    /// <summary>A "task assigned" email per culture, so each recipient reads the title in their own language.</summary>
    internal static void RequestAssignedEmails(IActivityContext context, LabScope scope, LabTask task, IReadOnlyList<Person> people)
    {
        foreach (var group in people.GroupBy(p => p.Culture, StringComparer.Ordinal))
        {
            var culture = CultureInfo.GetCultureInfo(group.Key);
            var model = new JsonObject
            {
                ["taskId"] = task.Id.ToString(),
                ["labId"] = task.LabId.ToString(),
                ["labTitle"] = scope.Lab?.Title,
                ["title"] = task.Title.Get(culture),
                ["due"] = task.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                // The names the task-assigned templates and the due-date calendar file read (EmailTemplates.TaskAssigned);
                // "title" and "due" are kept for readers of the model.
                ["taskTitle"] = task.Title.Get(culture),
                ["dueDate"] = task.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["candidateGroup"] = task.AssigneeId is null,
            };
            context.AddEffect(new EmailRequested(
                Guid.NewGuid(),
                context.InstanceId,
                task.Id,
                EmailTemplates.TaskAssigned,
                [.. group.Select(p => new EmailRecipient(p.Id, p.Email, p.Name, p.Culture))],
                model));
        }
    }

    private static IReadOnlyList<int> ReadReminderDays(IActivityContext context)
    {
        var value = context.GetInput("reminders");
        if (value is null)
        {
            return [];
        }

        return value is JsonArray days && days.All(d => d is JsonValue v && v.TryGetValue<int>(out var n) && n >= 0)
            ? [.. days.Select(d => d!.GetValue<int>()).Distinct().OrderDescending()]
            : throw new StepConfigurationException($"{Describe(context)}: input 'reminders' must be days before the due date, such as [7, 2] (found {value.ToJsonString()}).");
    }

    private TaskEscalation? ReadEscalation(IActivityContext context, DateOnly? due)
    {
        if (due is not { } dueDate || context.GetInput("escalation") is not JsonObject escalation)
        {
            return null;
        }

        var overdueDays = escalation["overdueDays"] is JsonValue days && days.TryGetValue<int>(out var n) ? n : 7;
        var notifyName = escalation["notify"] is JsonValue notify && notify.TryGetValue<string>(out var r) ? r : nameof(Role.Facilitator);
        if (!Roles.TryParse(notifyName, out var role))
        {
            throw new StepConfigurationException($"{Describe(context)}: escalation.notify names role '{notifyName}', which LabFlow does not have; use one of {string.Join(", ", Roles.Names)}.");
        }

        var reassignTo = escalation["reassignTo"] is JsonValue to && to.TryGetValue<string>(out var target) ? target : null;
        return new TaskEscalation(overdueDays, role, reassignTo, calendar.MorningOf(dueDate.AddDays(overdueDays)));
    }

    private async Task<IReadOnlyList<Guid>> ResolveInformedAsync(IActivityContext context, LabScope scope, IReadOnlyList<Person> assignees, CancellationToken cancellationToken)
    {
        var value = context.GetInput("informed");
        if (value is null)
        {
            return [];
        }

        if (value is not JsonArray roles)
        {
            throw new StepConfigurationException($"{Describe(context)}: input 'informed' must be a list of roles such as [\"Sponsor\", \"HR\"] (found {value.ToJsonString()}).");
        }

        var informed = new List<Guid>();
        foreach (var item in roles)
        {
            var name = item is JsonValue v && v.TryGetValue<string>(out var s) ? s : item?.ToJsonString();
            if (!Roles.TryParse(name, out var role))
            {
                throw new StepConfigurationException($"{Describe(context)}: input 'informed' names role '{name}', which LabFlow does not have; use one of {string.Join(", ", Roles.Names)}.");
            }

            // Nobody in an informed role is not an error: keeping people informed is optional.
            informed.AddRange((await resolver.ResolveRoleAsync(role, scope.Lab, scope.AdministrationId, cancellationToken)).Select(p => p.Id));
        }

        return [.. informed.Distinct().Where(id => assignees.All(a => a.Id != id))];
    }
}
