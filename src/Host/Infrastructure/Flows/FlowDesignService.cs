using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Infrastructure.Flows;

/// <summary>
/// Saving, validating and publishing flows, for the flows API and the designer pages alike (the same store calls,
/// the same loader under the same file name, the same source and content hash on publish), so a flow saved or
/// published in the designer is exactly what the API would have stored.
/// </summary>
internal sealed class FlowDesignService(IWorkflowDefinitionStore store, WorkflowDefinitionLoader loader, IWorkflowInstanceStore instances)
{
    /// <summary>The name FlowsApi validates drafts under.</summary>
    private const string DraftFileName = "draft";

    /// <summary>How many labs are counted per flow in the list; more show as "at least".</summary>
    public const int LabCountLimit = 500;

    public async Task<IReadOnlyList<FlowListItem>> ListAsync(CancellationToken cancellationToken)
    {
        var latest = await store.ListLatestAsync(cancellationToken);
        var items = new List<FlowListItem>(latest.Count);
        foreach (var flow in latest.OrderBy(f => f.Definition.Id, StringComparer.Ordinal))
        {
            var draft = await store.FindDraftAsync(flow.Definition.Id, cancellationToken);
            var labs = await instances.ListAsync(new WorkflowInstanceQuery(DefinitionId: flow.Definition.Id, Take: LabCountLimit), cancellationToken);
            var running = labs.Count(l => l.Status is WorkflowStatus.Running or WorkflowStatus.Suspended or WorkflowStatus.Faulted);
            items.Add(new FlowListItem(flow.Definition.Id, flow.Definition.Name, flow.Definition.Version, flow.IsRetracted, draft is not null, running));
        }

        return items;
    }

    /// <summary>The flow to design: its draft, or (when it has none) its newest published version; <c>null</c> when the flow does not exist.</summary>
    public async Task<FlowToDesign?> FindForDesignAsync(string id, CancellationToken cancellationToken)
    {
        var latest = await store.FindLatestAsync(id, cancellationToken);
        if (await store.FindDraftAsync(id, cancellationToken) is { } draft)
        {
            return new FlowToDesign(draft, IsDraft: true, latest?.Definition.Version);
        }

        return latest is null ? null : new FlowToDesign(latest.Definition, IsDraft: false, latest.Definition.Version);
    }

    public IReadOnlyList<FlowIssue> Validate(WorkflowDefinition definition) =>
        ValidateJson(WorkflowDefinitionSerializer.Serialize(definition));

    /// <summary>POST /flows/validate: every error of a flow document with its JSON path.</summary>
    public IReadOnlyList<FlowIssue> ValidateJson(string json) => Issues(loader.Load(DraftFileName, json));

    /// <summary>PUT /flows/{id}/draft: the document must keep the flow's id, and the flow must exist; returns what still stops publishing.</summary>
    public async Task<FlowSaveResult> SaveDraftAsync(string id, WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        if (!string.Equals(definition.Id, id, StringComparison.Ordinal))
        {
            return FlowSaveResult.Refused([new("$.id", $"the document's id '{definition.Id}' is not the flow being edited ('{id}'); keep \"id\": \"{id}\".")]);
        }

        if (await store.FindDraftAsync(id, cancellationToken) is null && await store.FindLatestAsync(id, cancellationToken) is null)
        {
            return FlowSaveResult.Refused([new("$", $"Flow '{id}' does not exist. Create it with POST /api/v1/flows.")], FlowRefusal.NotFound);
        }

        var issues = Validate(definition);
        await store.SaveDraftAsync(definition, cancellationToken);
        return new FlowSaveResult(definition, issues);
    }

    /// <summary>POST /flows: a new flow's first draft from a JSON document.</summary>
    public async Task<FlowSaveResult> CreateDraftAsync(string json, CancellationToken cancellationToken)
    {
        var result = loader.Load(DraftFileName, json);
        WorkflowDefinition draft;
        try
        {
            draft = WorkflowDefinitionSerializer.Deserialize(json);
        }
        catch (JsonException)
        {
            return FlowSaveResult.Refused(Issues(result));
        }

        // A draft may keep other errors while it is worked on, but its id is its key in the store.
        if (draft.Id.Length is 0 or > FlowLimits.IdLength)
        {
            return FlowSaveResult.Refused([new("$.id", $"give the flow an id of 1–{FlowLimits.IdLength} characters, such as \"social-innovation-lab\".")]);
        }

        if (await store.FindDraftAsync(draft.Id, cancellationToken) is not null || await store.FindLatestAsync(draft.Id, cancellationToken) is not null)
        {
            return FlowSaveResult.Refused(
                [new("$.id", $"A flow with id '{draft.Id}' already exists. Edit its draft at /api/v1/flows/{draft.Id}/draft, or choose another id.")],
                FlowRefusal.AlreadyExists);
        }

        await store.SaveDraftAsync(draft, cancellationToken);
        return new FlowSaveResult(draft, Issues(result));
    }

    /// <summary>POST /flows/{id}/publish: publishes the stored draft as the next version.</summary>
    public async Task<FlowPublishResult> PublishDraftAsync(string id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await store.FindDraftAsync(id, cancellationToken) is not { } draft)
        {
            return new FlowPublishResult(null, [new("$", $"Flow '{id}' has no draft to publish. Create or edit its draft first.")], FlowRefusal.NotFound);
        }

        return await PublishAsync(WorkflowDefinitionSerializer.Serialize(draft), user, cancellationToken);
    }

    /// <summary>POST /flows/import: publishes a whole flow file as the next version of its id.</summary>
    public Task<FlowPublishResult> ImportAsync(string json, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        PublishAsync(json, user, cancellationToken);

    public Task<IReadOnlyList<StoredWorkflowDefinition>> ListVersionsAsync(string id, CancellationToken cancellationToken) =>
        store.ListVersionsAsync(id, cancellationToken);

    /// <summary>GET /flows/{id}/versions/{version}/export: the version as a flow file, or <c>null</c>.</summary>
    public async Task<string?> ExportAsync(string id, int version, CancellationToken cancellationToken) =>
        await store.FindVersionAsync(id, version, cancellationToken) is { } stored ? WorkflowDefinitionSerializer.Serialize(stored.Definition) : null;

    public async Task<bool> RetractAsync(string id, int version, CancellationToken cancellationToken)
    {
        if (await store.FindVersionAsync(id, version, cancellationToken) is null)
        {
            return false;
        }

        await store.RetractAsync(id, version, cancellationToken);
        return true;
    }

    private async Task<FlowPublishResult> PublishAsync(string json, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = loader.Load(DraftFileName, json);
        if (result.Definition is not { } definition)
        {
            return new FlowPublishResult(null, Issues(result), FlowRefusal.Invalid);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var stored = await store.PublishAsync(definition, $"user:{user.Identity?.Name}", hash, cancellationToken);
        return new FlowPublishResult(stored, []);
    }

    private static List<FlowIssue> Issues(LoadResult result) =>
        [.. result.Errors.Select(FlowIssue.From)];
}
