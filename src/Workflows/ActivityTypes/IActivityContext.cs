using System.Text.Json.Nodes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;

namespace LabFlow.Workflows.ActivityTypes;

/// <summary>
/// What a handler sees of the running lab while its activity executes. Everything a handler changes goes
/// through here, so the runner can collect it into one <see cref="WorkflowCommit"/>.
/// </summary>
public interface IActivityContext
{
    Guid InstanceId { get; }

    WorkflowDefinition Definition { get; }

    ActivityNode Activity { get; }

    /// <summary>The person (or system) on whose behalf this burst runs.</summary>
    string Actor { get; }

    /// <summary>Now, from the injected <see cref="TimeProvider"/>.</summary>
    DateTimeOffset Now { get; }

    /// <summary>Lab-level context visible to expressions as <c>lab</c> (for example <c>lab.startDate</c>).</summary>
    JsonObject LabContext { get; }

    /// <summary>
    /// The evaluated value of input <paramref name="name"/>: literals as written, <c>{ "js" }</c> and
    /// <c>{ "liquid" }</c> evaluated, the descriptor's default when absent.
    /// </summary>
    JsonNode? GetInput(string name);

    /// <summary>The raw input value as written in the flow (no evaluation).</summary>
    JsonNode? GetRawInput(string name);

    /// <summary>Evaluates any input-shaped value (literal or expression) in this activity's scope.</summary>
    JsonNode? Evaluate(JsonNode? value);

    JsonNode? GetVariable(string name);

    /// <summary>Sets a flow variable; the journal records it.</summary>
    void SetVariable(string name, JsonNode? value);

    /// <summary>Records output data of this activity, visible to later activities as <c>tasks.&lt;activityId&gt;</c>.</summary>
    void SetOutput(JsonObject output);

    /// <summary>Creates a bookmark that suspends this branch until it is resumed.</summary>
    Bookmark CreateBookmark(string kind, string? key = null, JsonObject? data = null, DateTimeOffset? dueAt = null);

    /// <summary>
    /// Puts an identifying value (for example the task a completion came from) on the journal entry that records this
    /// activity's completion, so a reader links the entry to its domain row by id instead of guessing by time.
    /// </summary>
    void AnnotateCompletion(string name, JsonNode? value);

    /// <summary>Adds a domain effect that commits with this burst (task rows, emails, timers …).</summary>
    void AddEffect(IWorkflowEffect effect);

    /// <summary>
    /// The effects this burst holds so far, starting with those its start request carried
    /// (<see cref="StartWorkflowRequest.Effects"/>): rows that are not in any store until the burst commits, such as
    /// the lab row a launch writes with its first burst.
    /// </summary>
    IReadOnlyList<IWorkflowEffect> Effects { get; }
}
