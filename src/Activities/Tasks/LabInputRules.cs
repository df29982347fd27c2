using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

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
            return [ActivityRuleMessages.AssigneeListNotList.Issue(string.Empty, ("found", JsonPaths.Show(value)))];
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
            yield return ActivityRuleMessages.RoleListNotList.Issue(string.Empty, ("found", JsonPaths.Show(value)));
            yield break;
        }

        for (var i = 0; i < roles.Count; i++)
        {
            var name = roles[i] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (!Roles.TryParse(name, out _))
            {
                yield return ActivityRuleMessages.Issue($"[{i}]", UnknownRole(name ?? JsonPaths.Show(roles[i])));
            }
        }
    }

    /// <summary>Reminders: whole days before the due date.</summary>
    public static IEnumerable<ActivityValidationIssue> ReminderDays(JsonNode value)
    {
        if (value is not JsonArray days || days.Any(d => d is not JsonValue v || !v.TryGetValue<int>(out var n) || n < 0))
        {
            yield return ActivityRuleMessages.ReminderDays.Issue(string.Empty, ("found", JsonPaths.Show(value)));
        }
    }

    /// <summary>Escalation: <c>{ "overdueDays": 7, "notify": "Facilitator", "reassignTo": null }</c>.</summary>
    public static IEnumerable<ActivityValidationIssue> Escalation(JsonNode value)
    {
        if (value is not JsonObject escalation)
        {
            yield return ActivityRuleMessages.EscalationNotObject.Issue(string.Empty);
            yield break;
        }

        if (escalation["overdueDays"] is { } days && (days is not JsonValue v || !v.TryGetValue<int>(out var n) || n < 0))
        {
            yield return ActivityRuleMessages.EscalationOverdueDays.Issue("overdueDays", ("found", JsonPaths.Show(days)));
        }

        if (escalation["notify"] is { } notify && (notify is not JsonValue r || !r.TryGetValue<string>(out var role) || !Roles.TryParse(role, out _)))
        {
            yield return ActivityRuleMessages.Issue("notify", UnknownRole(notify is JsonValue notifyValue && notifyValue.TryGetValue<string>(out var notifyName) ? notifyName : JsonPaths.Show(notify)));
        }

        foreach (var (key, _) in escalation)
        {
            if (key is not ("overdueDays" or "notify" or "reassignTo"))
            {
                yield return ActivityRuleMessages.EscalationUnknownKey.Issue(JsonPaths.Property(string.Empty, key).TrimStart('.'), ("key", key));
            }
        }
    }

    /// <summary>A task's actions: the buttons, whose names are its outcomes.</summary>
    public static IEnumerable<ActivityValidationIssue> Actions(JsonNode value)
    {
        if (value is not JsonArray actions)
        {
            yield return ActivityRuleMessages.ActionsNotList.Issue(string.Empty);
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            if (actions[i] is not JsonObject action || action["name"] is not JsonValue n || !n.TryGetValue<string>(out var name) || name.Length == 0)
            {
                yield return ActivityRuleMessages.ActionNoName.Issue($"[{i}]");
                continue;
            }

            if (!seen.Add(name))
            {
                yield return ActivityRuleMessages.ActionDuplicate.Issue($"[{i}].name", ("name", name));
            }
        }
    }

    /// <summary>A task's form (docs/lab-activities.md).</summary>
    public static IEnumerable<ActivityValidationIssue> Form(JsonNode value) =>
        FormDefinitionParser.Parse(value).Errors.Select(e => e.Text is { } text
            ? ActivityRuleMessages.Issue(e.Path.TrimStart('.'), text)
            : new ActivityValidationIssue(e.Path.TrimStart('.'), e.Message));

    /// <summary>A time of day such as <c>"13:00"</c>.</summary>
    public static IEnumerable<ActivityValidationIssue> TimeOfDay(JsonNode value)
    {
        if (value is not JsonValue time || !time.TryGetValue<string>(out var text)
            || !TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            yield return ActivityRuleMessages.TimeOfDay.Issue(string.Empty, ("found", JsonPaths.Show(value)));
        }
    }

    /// <summary>A whole number of at least 1 (votes per person, minutes).</summary>
    public static IEnumerable<ActivityValidationIssue> PositiveCount(JsonNode value)
    {
        if (value is not JsonValue number || !number.TryGetValue<int>(out var count) || count < 1)
        {
            yield return ActivityRuleMessages.PositiveCount.Issue(string.Empty, ("found", JsonPaths.Show(value)));
        }
    }

    private static string Join(string prefix, string path) => path.Length == 0 ? prefix : path.StartsWith('[') ? prefix + path : $"{prefix}.{path}";

    /// <summary>"Unknown role", with the nearest role name when one is close; shared by every place a flow names a role.</summary>
    internal static CodedMessage UnknownRole(string role) =>
        NameSuggestions.Nearest(role, Roles.Names) is { } suggestion
            ? ActivityRuleMessages.UnknownRoleSuggested.With(("role", role), ("suggestion", suggestion), ("roles", string.Join(", ", Roles.Names)))
            : ActivityRuleMessages.UnknownRole.With(("role", role), ("roles", string.Join(", ", Roles.Names)));
}
