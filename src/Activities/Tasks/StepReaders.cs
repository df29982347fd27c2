using System.Text.Json.Nodes;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tasks;

/// <summary>
/// Who may read a step's answers, as the step's <c>readers</c> input writes it: lab roles (names of <see cref="Role"/>)
/// and the keyword <c>doers</c> (the people who did the step). This is the one definition of that grammar: the
/// loader's check (<see cref="Rule"/>), the task's stored value (<see cref="LabTask.Readers"/>) and the read rule
/// (<see cref="AnswerReadRule"/>) read it here. A step without <c>readers</c> is open to the lab's named people
/// except participants, plus its doers (<c>null</c> here); a step whose form holds a sensitive preset is
/// <see cref="Sensitive"/> unless it says otherwise.
/// </summary>
/// <param name="Roles">The lab roles whose holders read the answers.</param>
/// <param name="Doers">Whether the people who did any task of the step read every task of it.</param>
public sealed record StepReaders(IReadOnlyList<Role> Roles, bool Doers)
{
    /// <summary>The input's name on task-like steps.</summary>
    public const string InputName = "readers";

    /// <summary>The keyword for the people who did the step (its assignees and completers).</summary>
    public const string DoersKeyword = "doers";

    /// <summary>Presets whose answers are about individuals or the employer's sensitive matters: HR, the sponsor and the facilitator read them.</summary>
    public static IReadOnlySet<string> SensitivePresets { get; } = new HashSet<string>(StringComparer.Ordinal) { FormPresets.RiskTable };

    /// <summary>Pay, health, harassment and field-research notes: HR, the sponsor, the facilitator and the step's doers.</summary>
    public static StepReaders Sensitive { get; } = new([Role.HR, Role.Sponsor, Role.Facilitator], Doers: true);

    /// <summary>
    /// The readers of a step: its <c>readers</c> input when given, <see cref="Sensitive"/> when its form holds a
    /// sensitive preset, else <c>null</c> (the lab's named people except participants, plus the doers).
    /// </summary>
    public static StepReaders? Of(JsonNode? readers, JsonArray? form)
    {
        if (readers is JsonArray items)
        {
            var roles = new List<Role>();
            var doers = false;
            foreach (var item in items)
            {
                var name = item is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
                if (string.Equals(name, DoersKeyword, StringComparison.Ordinal))
                {
                    doers = true;
                }
                else if (Organisation.Roles.TryParse(name, out var role) && !roles.Contains(role))
                {
                    roles.Add(role);
                }
            }

            return new StepReaders(roles, doers);
        }

        return HasSensitivePreset(form) ? Sensitive : null;
    }

    /// <summary>Whether a form (as the flow wrote it) names a sensitive preset, at any depth.</summary>
    public static bool HasSensitivePreset(JsonNode? form) => form switch
    {
        JsonArray fields => fields.Any(HasSensitivePreset),
        JsonObject field => (field["preset"] is JsonValue p && p.TryGetValue<string>(out var preset) && SensitivePresets.Contains(preset))
            || HasSensitivePreset(field["fields"]),
        _ => false,
    };

    /// <summary>The loader's check of a <c>readers</c> input (paths relative to the value).</summary>
    public static IEnumerable<ActivityValidationIssue> Rule(JsonNode value)
    {
        if (value is not JsonArray items)
        {
            yield return ActivityRuleMessages.ReadersNotList.Issue(string.Empty, ("found", JsonPaths.Show(value)));
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var name = items[i] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (!string.Equals(name, DoersKeyword, StringComparison.Ordinal) && !Organisation.Roles.TryParse(name, out _))
            {
                var reader = JsonPaths.Show(items[i]);
                var roles = string.Join(", ", Organisation.Roles.Names);
                yield return (name is null ? null : NameSuggestions.Nearest(name, Organisation.Roles.Names.Append(DoersKeyword))) is { } suggestion
                    ? ActivityRuleMessages.UnknownReaderSuggested.Issue($"[{i}]", ("reader", reader), ("suggestion", suggestion), ("roles", roles))
                    : ActivityRuleMessages.UnknownReader.Issue($"[{i}]", ("reader", reader), ("roles", roles));
            }
        }
    }
}
