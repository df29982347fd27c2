using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Organisation;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Expressions;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// Load-time checks of the lab activities' inputs that the generic type checks cannot express: role names,
/// reminders, escalation, actions, times. Values written as expressions are checked when they run.
/// </summary>
public static class LabActivityRules
{
    /// <summary>The rules for the inputs a descriptor declares, plus <paramref name="extra"/>.</summary>
    public static Func<ActivityValidationContext, IEnumerable<ActivityValidationIssue>> For(
        Func<ActivityValidationContext, IEnumerable<ActivityValidationIssue>>? extra = null) =>
        context => Check(context).Concat(extra?.Invoke(context) ?? []);

    private static IEnumerable<ActivityValidationIssue> Check(ActivityValidationContext context)
    {
        var inputs = context.Activity.Inputs ?? [];
        var declared = context.Descriptor.Inputs.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var issues = new List<ActivityValidationIssue>();
        foreach (var (name, value) in inputs)
        {
            if (!declared.Contains(name) || value is null || ExpressionValue.GetKind(value) != ExpressionKind.Literal)
            {
                continue;
            }

            var path = $"inputs.{name}";
            switch (name)
            {
                case "assignee" or "approver" or "participants":
                    CheckAssignee(value, path, issues);
                    break;
                case "to":
                    if (value is JsonArray recipients)
                    {
                        for (var i = 0; i < recipients.Count; i++)
                        {
                            CheckAssignee(recipients[i], $"{path}[{i}]", issues);
                        }
                    }
                    else
                    {
                        issues.Add(new(path, "'to' must be a list of assignees, such as [{ \"role\": \"Coordinator\" }]."));
                    }

                    break;
                case "informed":
                    CheckRoleList(value, path, issues);
                    break;
                case "reminders":
                    if (value is not JsonArray days || days.Any(d => d is not JsonValue v || !v.TryGetValue<int>(out var n) || n < 0))
                    {
                        issues.Add(new(path, $"reminders must be whole days before the due date, such as [7, 2], or [] for none (found {value.ToJsonString()})."));
                    }

                    break;
                case "escalation":
                    CheckEscalation(value, path, issues);
                    break;
                case "actions":
                    CheckActions(value, path, issues);
                    break;
                case "form":
                    issues.AddRange(FormDefinitionParser.Parse(value).Errors.Select(e => new ActivityValidationIssue(path + e.Path, e.Message)));
                    break;
                case "startTime":
                    if (value is not JsonValue time || !time.TryGetValue<string>(out var text)
                        || !TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    {
                        issues.Add(new(path, $"startTime must be a time of day such as \"13:00\" (found {value.ToJsonString()})."));
                    }

                    break;
                case "votesPerPerson" or "durationMinutes":
                    if (value is not JsonValue number || !number.TryGetValue<int>(out var count) || count < 1)
                    {
                        issues.Add(new(path, $"{name} must be a whole number of at least 1 (found {value.ToJsonString()})."));
                    }

                    break;
            }
        }

        return issues;
    }

    private static void CheckAssignee(JsonNode? value, string path, List<ActivityValidationIssue> issues)
    {
        switch (value)
        {
            case JsonValue v when v.TryGetValue<string>(out var reference) && reference.Length > 0:
                return;
            case JsonObject obj when obj["role"] is JsonValue role && role.TryGetValue<string>(out var roleName):
                if (!Roles.TryParse(roleName, out _))
                {
                    issues.Add(new($"{path}.role", $"unknown role '{roleName}'{Suggest(roleName)}; roles are {string.Join(", ", Roles.Names)}."));
                }

                if (obj["each"] is { } each && each.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                {
                    issues.Add(new($"{path}.each", "'each' must be true or false."));
                }

                return;
            case JsonObject obj when obj["person"] is JsonValue person && person.TryGetValue<string>(out var id) && id.Length > 0:
                return;
            default:
                issues.Add(new(path, $"an assignee must be {{ \"role\": \"Coordinator\" }}, {{ \"role\": \"Participant\", \"each\": true }} or {{ \"person\": \"<person id or email>\" }} (found {value?.ToJsonString() ?? "null"})."));
                return;
        }
    }

    private static void CheckRoleList(JsonNode value, string path, List<ActivityValidationIssue> issues)
    {
        if (value is not JsonArray roles)
        {
            issues.Add(new(path, $"must be a list of roles such as [\"Sponsor\", \"HR\"] (found {value.ToJsonString()})."));
            return;
        }

        for (var i = 0; i < roles.Count; i++)
        {
            var name = roles[i] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (!Roles.TryParse(name, out _))
            {
                issues.Add(new($"{path}[{i}]", $"unknown role {roles[i]?.ToJsonString() ?? "null"}{Suggest(name)}; roles are {string.Join(", ", Roles.Names)}."));
            }
        }
    }

    private static void CheckEscalation(JsonNode value, string path, List<ActivityValidationIssue> issues)
    {
        if (value is not JsonObject escalation)
        {
            issues.Add(new(path, "escalation must be an object such as { \"overdueDays\": 7, \"notify\": \"Facilitator\", \"reassignTo\": null }."));
            return;
        }

        if (escalation["overdueDays"] is { } days && (days is not JsonValue v || !v.TryGetValue<int>(out var n) || n < 0))
        {
            issues.Add(new($"{path}.overdueDays", $"overdueDays must be a whole number of days, 0 or more (found {days.ToJsonString()})."));
        }

        if (escalation["notify"] is { } notify && (notify is not JsonValue r || !r.TryGetValue<string>(out var role) || !Roles.TryParse(role, out _)))
        {
            issues.Add(new($"{path}.notify", $"unknown role {notify.ToJsonString()}; roles are {string.Join(", ", Roles.Names)}."));
        }

        foreach (var (key, _) in escalation)
        {
            if (key is not ("overdueDays" or "notify" or "reassignTo"))
            {
                issues.Add(new($"{path}.{key}", $"escalation has no '{key}'; it takes overdueDays, notify and reassignTo."));
            }
        }
    }

    private static void CheckActions(JsonNode value, string path, List<ActivityValidationIssue> issues)
    {
        if (value is not JsonArray actions)
        {
            issues.Add(new(path, "actions must be a list such as [{ \"name\": \"approve\", \"label\": { \"sv\": \"Godkänn\", \"en\": \"Approve\" } }]."));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            if (actions[i] is not JsonObject action || action["name"] is not JsonValue n || !n.TryGetValue<string>(out var name) || name.Length == 0)
            {
                issues.Add(new($"{path}[{i}]", "an action needs a \"name\" (the outcome) and a \"label\"."));
                continue;
            }

            if (!seen.Add(name))
            {
                issues.Add(new($"{path}[{i}].name", $"action '{name}' is listed twice; each action name is an outcome and must be unique."));
            }
        }
    }

    private static string Suggest(string? name)
    {
        var match = name is null ? null : Roles.Names.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
        return match is null ? string.Empty : $" (did you mean '{match}'?)";
    }
}
