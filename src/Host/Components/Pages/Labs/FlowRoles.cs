using System.Text.Json.Nodes;
using LabFlow.Activities.Organisation;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Components.Pages.Labs;

/// <summary>
/// The roles a flow's steps name (assignees, people kept informed, escalation), so the launch form offers a picker
/// for each; facilitators, coordinators and participants are always offered. A project role named only among a step's
/// readers is not offered: the project team reads through its project membership, not as people of the lab.
/// </summary>
internal static class FlowRoles
{
    private static readonly Role[] Always = [Role.Facilitator, Role.Coordinator, Role.Participant];

    public static IReadOnlyList<Role> Of(WorkflowDefinition? definition)
    {
        var roles = new HashSet<Role>(Always);
        foreach (var activity in definition?.Activities ?? [])
        {
            Collect(activity.Inputs, roles, readersOnly: false);
        }

        roles.Remove(Role.Admin);
        roles.Remove(Role.Designer);
        return [.. roles.Order()];
    }

    private static void Collect(JsonNode? node, HashSet<Role> roles, bool readersOnly)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name is "role" or "notify" && value is JsonValue v && v.TryGetValue<string>(out var text) && Roles.TryParse(text, out var role))
                    {
                        Add(roles, role, readersOnly);
                    }
                    else
                    {
                        Collect(value, roles, readersOnly || name == "readers");
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    // A list of role names: the people kept informed, a gate's approvers.
                    if (item is JsonValue v && v.TryGetValue<string>(out var text) && Roles.TryParse(text, out var role))
                    {
                        Add(roles, role, readersOnly);
                    }
                    else
                    {
                        Collect(item, roles, readersOnly);
                    }
                }

                break;
        }
    }

    private static void Add(HashSet<Role> roles, Role role, bool readersOnly)
    {
        if (!(readersOnly && ProjectScope.IsProjectRole(role)))
        {
            roles.Add(role);
        }
    }
}
