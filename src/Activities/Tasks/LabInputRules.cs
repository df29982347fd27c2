using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Organisation;
using LabFlow.Workflows.ActivityTypes;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// The value rules of the lab activities' input kinds, beyond their type: each input descriptor names its rule
/// (<see cref="ActivityInputDescriptor.Rule"/>), so the loader checks every input the way its descriptor says and a
/// new input kind comes with its rule. Issue paths are relative to the input's value; expressions are checked when
/// they run.
/// </summary>
public static class LabInputRules
{
    /// <summary>One assignee (<see cref="AssigneeSpec"/>).</summary>
    public static IEnumerable<ActivityValidationIssue> Assignee(JsonNode value)
    {
        var problems = new List<ActivityValidationIssue>();
        AssigneeSpec.Read(value, problems);
        return problems;
    }

    /// <summary>A list of assignees, such as an email's recipients.</summary>
    public static IEnumerable<ActivityValidationIssue> AssigneeList(JsonNode value)
    {
        if (value is not JsonArray items)
        {
            return [new(string.Empty, $"must be a list of assignees, such as [{{ \"role\": \"Coordinator\" }}] (found {value.ToJsonString()}).")];
        }

        var problems = new List<ActivityValidationIssue>();
        for (var i = 0; i < items.Count; i++)
        {
            var found = new List<ActivityValidationIssue>();
            AssigneeSpec.Read(items[i], found);
            problems.AddRange(found.Select(p => p with { Path = Join($"[{i}]", p.Path) }));
        }

        return problems;
    }

    /// <summary>A list of role names, such as the people kept informed.</summary>
    public static IEnumerable<ActivityValidationIssue> RoleList(JsonNode value)
    {
        if (value is not JsonArray roles)
        {
            yield return new(string.Empty, $"must be a list of roles such as [\"Sponsor\", \"HR\"] (found {value.ToJsonString()}).");
            yield break;
        }

        for (var i = 0; i < roles.Count; i++)
        {
            var name = roles[i] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (!Roles.TryParse(name, out _))
            {
                yield return new($"[{i}]", $"unknown role {roles[i]?.ToJsonString() ?? "null"}{Suggest(name)}; roles are {string.Join(", ", Roles.Names)}.");
            }
        }
    }

    /// <summary>Reminders: whole days before the due date.</summary>
    public static IEnumerable<ActivityValidationIssue> ReminderDays(JsonNode value)
    {
        if (value is not JsonArray days || days.Any(d => d is not JsonValue v || !v.TryGetValue<int>(out var n) || n < 0))
        {
            yield return new(string.Empty, $"reminders must be whole days before the due date, such as [7, 2], or [] for none (found {value.ToJsonString()}).");
        }
    }

    /// <summary>Escalation: <c>{ "overdueDays": 7, "notify": "Facilitator", "reassignTo": null }</c>.</summary>
    public static IEnumerable<ActivityValidationIssue> Escalation(JsonNode value)
    {
        if (value is not JsonObject escalation)
        {
            yield return new(string.Empty, "escalation must be an object such as { \"overdueDays\": 7, \"notify\": \"Facilitator\", \"reassignTo\": null }.");
            yield break;
        }

        if (escalation["overdueDays"] is { } days && (days is not JsonValue v || !v.TryGetValue<int>(out var n) || n < 0))
        {
            yield return new("overdueDays", $"overdueDays must be a whole number of days, 0 or more (found {days.ToJsonString()}).");
        }

        if (escalation["notify"] is { } notify && (notify is not JsonValue r || !r.TryGetValue<string>(out var role) || !Roles.TryParse(role, out _)))
        {
            yield return new("notify", $"unknown role {notify.ToJsonString()}; roles are {string.Join(", ", Roles.Names)}.");
        }

        foreach (var (key, _) in escalation)
        {
            if (key is not ("overdueDays" or "notify" or "reassignTo"))
            {
                yield return new(key, $"escalation has no '{key}'; it takes overdueDays, notify and reassignTo.");
            }
        }
    }

    /// <summary>A task's actions: the buttons, whose names are its outcomes.</summary>
    public static IEnumerable<ActivityValidationIssue> Actions(JsonNode value)
    {
        if (value is not JsonArray actions)
        {
            yield return new(string.Empty, "actions must be a list such as [{ \"name\": \"approve\", \"label\": { \"sv\": \"Godkänn\", \"en\": \"Approve\" } }].");
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            if (actions[i] is not JsonObject action || action["name"] is not JsonValue n || !n.TryGetValue<string>(out var name) || name.Length == 0)
            {
                yield return new($"[{i}]", "an action needs a \"name\" (the outcome) and a \"label\".");
                continue;
            }

            if (!seen.Add(name))
            {
                yield return new($"[{i}].name", $"action '{name}' is listed twice; each action name is an outcome and must be unique.");
            }
        }
    }

    /// <summary>A task's form (docs/lab-activities.md).</summary>
    public static IEnumerable<ActivityValidationIssue> Form(JsonNode value) =>
        FormDefinitionParser.Parse(value).Errors.Select(e => new ActivityValidationIssue(e.Path.TrimStart('.'), e.Message));

    /// <summary>A time of day such as <c>"13:00"</c>.</summary>
    public static IEnumerable<ActivityValidationIssue> TimeOfDay(JsonNode value)
    {
        if (value is not JsonValue time || !time.TryGetValue<string>(out var text)
            || !TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            yield return new(string.Empty, $"must be a time of day such as \"13:00\" (found {value.ToJsonString()}).");
        }
    }

    /// <summary>A whole number of at least 1 (votes per person, minutes).</summary>
    public static IEnumerable<ActivityValidationIssue> PositiveCount(JsonNode value)
    {
        if (value is not JsonValue number || !number.TryGetValue<int>(out var count) || count < 1)
        {
            yield return new(string.Empty, $"must be a whole number of at least 1 (found {value.ToJsonString()}).");
        }
    }

    private static string Join(string prefix, string path) => path.Length == 0 ? prefix : path.StartsWith('[') ? prefix + path : $"{prefix}.{path}";

    private static string Suggest(string? name)
    {
        var match = name is null ? null : Roles.Names.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
        return match is null ? string.Empty : $" (did you mean '{match}'?)";
    }
}
