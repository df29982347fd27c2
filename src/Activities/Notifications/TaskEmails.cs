using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Notifications;

/// <summary>
/// Email requests about one task: one per language, so each recipient reads the title in their own. All share the
/// request id: email rows are keyed by request id and address, so a person whose language changed gets no second one.
/// </summary>
internal static class TaskEmails
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The model keys every task template reads (<see cref="EmailTemplates"/>): <c>taskTitle</c>, <c>labTitle</c>, <c>dueDate</c>.</summary>
    public static JsonObject Model(LabTask task, Lab? lab, CultureInfo culture)
    {
        var model = new JsonObject
        {
            ["taskId"] = task.Id.ToString(),
            ["labId"] = task.LabId.ToString(),
            ["taskTitle"] = task.Title.Get(culture),
        };
        if (lab is not null)
        {
            model["labTitle"] = lab.Title;
        }

        if (task.Due is { } due)
        {
            model["dueDate"] = Date(due);
        }

        return model;
    }

    public static IReadOnlyList<EmailRequested> Requests(
        Guid requestId, string template, LabTask task, Lab? lab, IEnumerable<Person> people, Action<JsonObject, CultureInfo>? extend = null) =>
    [
        .. people
            .Where(p => p.Active && !string.IsNullOrWhiteSpace(p.Email))
            .DistinctBy(p => p.Id)
            .GroupBy(p => EmailCultures.Normalize(p.Culture), StringComparer.Ordinal)
            .Select(group =>
            {
                var culture = CultureInfo.GetCultureInfo(group.Key);
                var model = Model(task, lab, culture);
                extend?.Invoke(model, culture);
                return new EmailRequested(
                    requestId,
                    task.LabId,
                    task.Id,
                    template,
                    [.. group.Select(p => new EmailRecipient(p.Id, p.Email, p.Name, p.Culture))],
                    model);
            }),
    ];

    /// <summary>Enqueues every request; returns how many email rows were added (0 when all went out before).</summary>
    public static async Task<int> EnqueueAsync(IEmailOutbox outbox, IReadOnlyList<EmailRequested> requests, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var request in requests)
        {
            added += await outbox.EnqueueAsync(request, cancellationToken);
        }

        return added;
    }

    /// <summary>Who does the task: its assignee, or its candidates while nobody has claimed it.</summary>
    public static async Task<IReadOnlyList<Person>> DoersAsync(IDirectory directory, LabTask task, CancellationToken cancellationToken) =>
        task.AssigneeId is { } assignee
            ? await directory.ListPeopleAsync([assignee], cancellationToken)
            : await directory.ListPeopleAsync(task.Candidates, cancellationToken);
}
