using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// One assignee as flows write it: <c>{ "role": "Coordinator" }</c>, <c>{ "role": "Participant", "each": true }</c>,
/// <c>{ "person": "&lt;id or email&gt;" }</c> or a bare person id or email. This is the one definition of that grammar:
/// the loader's check (<see cref="LabInputRules"/>) and the step's resolution (<see cref="AssigneeResolver"/>) read it here.
/// </summary>
public abstract record AssigneeSpec
{
    private AssigneeSpec()
    {
    }

    /// <summary>Reads <paramref name="value"/>; <c>null</c> with <paramref name="problems"/> (paths relative to the value) when it is not an assignee.</summary>
    public static AssigneeSpec? Read(JsonNode? value, ICollection<ActivityValidationIssue> problems)
    {
        switch (value)
        {
            case JsonValue text when text.TryGetValue<string>(out var reference) && reference.Length > 0:
                return new OfPerson(reference);
            case JsonObject obj when obj["role"] is JsonValue roleValue && roleValue.TryGetValue<string>(out var roleName):
                var before = problems.Count;
                if (!Roles.TryParse(roleName, out var role))
                {
                    problems.Add(ActivityRuleMessages.Issue("role", LabInputRules.UnknownRole(roleName)));
                }

                if (obj["each"] is { } each && each.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                {
                    problems.Add(ActivityRuleMessages.AssigneeEach.Issue("each"));
                }

                return problems.Count > before ? null : new OfRole(role, obj["each"]?.GetValueKind() == JsonValueKind.True);
            case JsonObject obj when obj["person"] is JsonValue personValue && personValue.TryGetValue<string>(out var personReference) && personReference.Length > 0:
                return new OfPerson(personReference);
            default:
                problems.Add(ActivityRuleMessages.AssigneeShape.Issue(string.Empty, ("found", JsonPaths.Show(value))));
                return null;
        }
    }

    /// <summary>People with a role in the lab (or its administration); <paramref name="Each"/>: one task per person.</summary>
    public sealed record OfRole(Role Role, bool Each) : AssigneeSpec;

    /// <summary>One person, by id or email.</summary>
    public sealed record OfPerson(string Reference) : AssigneeSpec;
}
