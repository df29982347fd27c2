using System.Text.Json.Nodes;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Expressions;
using LabFlow.Workflows.Journal;

namespace LabFlow.Workflows.Execution;

/// <summary>What one activity execution sees; every change lands in the burst, so it commits with it.</summary>
internal sealed class ActivityContext(
    WorkflowBurst burst,
    ActivityNode activity,
    ActivityDescriptor descriptor,
    Guid tokenId,
    string actor,
    IExpressionEvaluator evaluator) : IActivityContext
{
    private readonly int _effectsBefore = burst.Effects.Count;
    private readonly List<Bookmark> _created = [];

    public Guid InstanceId => burst.InstanceId;

    public WorkflowDefinition Definition => burst.Definition;

    public ActivityNode Activity => activity;

    public string Actor => actor;

    public DateTimeOffset Now => burst.Now;

    public JsonObject LabContext => burst.State.LabContext;

    public IReadOnlyList<Bookmark> CreatedBookmarks => _created;

    public JsonNode? GetInput(string name)
    {
        var raw = GetRawInput(name);
        if (raw is null)
        {
            return descriptor.Inputs.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.Ordinal))?.Default?.DeepClone();
        }

        return Evaluate(raw);
    }

    public JsonNode? GetRawInput(string name) => activity.Inputs?[name];

    public JsonNode? Evaluate(JsonNode? value) => ExpressionValue.Evaluate(value, evaluator, CreateScope());

    public JsonNode? GetVariable(string name) => burst.State.Variables[name]?.DeepClone();

    public void SetVariable(string name, JsonNode? value)
    {
        burst.State.Variables[name] = value?.DeepClone();
        burst.Record(
            JournalEvent.VariableSet,
            activity.Id,
            message: name,
            data: new JsonObject { ["name"] = name, ["value"] = value?.DeepClone() },
            actor: actor);
    }

    public void AnnotateCompletion(string name, JsonNode? value)
    {
        CompletionData ??= [];
        CompletionData[name] = value?.DeepClone();
    }

    /// <summary>What <see cref="AnnotateCompletion"/> gathered for the completion's journal entry; null when nothing.</summary>
    public JsonObject? CompletionData { get; private set; }

    public void SetOutput(JsonObject output) => burst.State.Outputs[activity.Id] = output.DeepClone();

    public Bookmark CreateBookmark(string kind, string? key = null, JsonObject? data = null, DateTimeOffset? dueAt = null)
    {
        var bookmark = new Bookmark(RandomIds.NewTimeOrdered(), burst.InstanceId, activity.Id, kind, key, Now, dueAt, (JsonObject?)data?.DeepClone(), tokenId);
        _created.Add(bookmark);
        burst.Added.Add(bookmark);
        return bookmark;
    }

    public void AddEffect(IWorkflowEffect effect) => burst.Effects.Add(effect);

    public IReadOnlyList<IWorkflowEffect> Effects => burst.Effects;

    /// <summary>Takes back the bookmarks and effects of an execution that faulted or did not wait.</summary>
    public void DiscardBookmarks() => burst.Added.RemoveAll(_created.Contains);

    public void DiscardEffects() => burst.Effects.RemoveRange(_effectsBefore, burst.Effects.Count - _effectsBefore);

    private ExpressionScope CreateScope() =>
        new(burst.State.Inputs, burst.State.Variables, burst.State.Outputs, burst.State.LabContext, Now);
}
