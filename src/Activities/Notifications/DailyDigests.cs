using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Notifications;

/// <summary>
/// A digest per person who turned it on (<see cref="INotificationPreferences"/>), once a day from 08:00 Stockholm (on
/// working days unless <see cref="NotificationRules.DigestOnWorkingDaysOnly"/> is off): the open tasks they do,
/// overdue first, then by due date, each marked overdue or due this week. Tasks of paused, finished or cancelled labs
/// are left out, and nobody gets an empty digest.
/// </summary>
public sealed class DailyDigests(
    INotificationPreferences preferences,
    ITaskStore tasks,
    ILabStore labs,
    IWorkflowInstanceStore instances,
    IDirectory directory,
    IEmailOutbox outbox,
    LabCalendar calendar,
    NotificationRules rules)
{
    /// <summary>Sends today's digests that are due at <paramref name="now"/>; returns how many emails were added.</summary>
    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = calendar.DateOf(now);
        if (calendar.MorningOf(today) > now || (rules.DigestOnWorkingDaysOnly && !calendar.IsWorkingDay(today)))
        {
            return 0;
        }

        var states = new LabStates(labs, instances);
        var endOfWeek = today.AddDays((7 - (int)today.DayOfWeek) % 7);
        var sent = 0;
        foreach (var personId in await preferences.ListDailyDigestSubscribersAsync(cancellationToken))
        {
            var person = await directory.FindPersonAsync(personId, cancellationToken);
            if (person is not { Active: true })
            {
                continue;
            }

            var culture = System.Globalization.CultureInfo.GetCultureInfo(EmailCultures.Normalize(person.Culture));
            var items = new List<(LabTask Task, Lab? Lab)>();
            foreach (var task in await tasks.ListForPersonAsync(personId, includeClosed: false, cancellationToken))
            {
                var (lab, state) = await states.GetAsync(task.LabId, cancellationToken);
                if (task.MayComplete(personId) && state == LabNotificationState.Active)
                {
                    items.Add((task, lab));
                }
            }

            if (items.Count == 0)
            {
                continue;
            }

            var list = new JsonArray();
            var overdue = 0;
            var dueThisWeek = 0;
            foreach (var (task, lab) in items.OrderBy(i => i.Task.Due is { } d && d < today ? 0 : 1).ThenBy(i => i.Task.Due ?? DateOnly.MaxValue))
            {
                var isOverdue = task.Due is { } due && due < today;
                var isThisWeek = task.Due is { } d && d >= today && d <= endOfWeek;
                overdue += isOverdue ? 1 : 0;
                dueThisWeek += isThisWeek ? 1 : 0;
                list.Add(new JsonObject
                {
                    ["taskId"] = task.Id.ToString(),
                    ["title"] = task.Title.Get(culture),
                    ["labTitle"] = lab?.Title,
                    ["dueDate"] = task.Due is { } date ? TaskEmails.Date(date) : null,
                    ["overdue"] = isOverdue,
                    ["dueThisWeek"] = isThisWeek,
                });
            }

            var request = new EmailRequested(
                NotificationIds.For(NotificationKind.DailyDigest, personId, TaskEmails.Date(today)),
                null,
                null,
                EmailTemplates.DailyDigest,
                [new EmailRecipient(person.Id, person.Email, person.Name, person.Culture)],
                new JsonObject
                {
                    ["date"] = TaskEmails.Date(today),
                    ["tasks"] = list,
                    ["openCount"] = items.Count,
                    ["overdueCount"] = overdue,
                    ["dueThisWeekCount"] = dueThisWeek,
                });
            sent += await outbox.EnqueueAsync(request, cancellationToken);
        }

        return sent;
    }
}
