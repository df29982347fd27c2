using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Host.Api.Authorization;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LabFlow.Host.Api.Flows;

/// <summary>
/// <c>/api/v1/flows</c>: designers keep one draft per flow, validate it with every error and its JSON path, and
/// publish it as a new immutable version; facilitators read published versions to launch labs.
/// </summary>
internal static class FlowsApi
{
    private const string DraftFileName = "draft";

    public static RouteGroupBuilder MapFlowsApi(this RouteGroupBuilder api)
    {
        var flows = api.MapGroup("/flows").WithTags("Flows");

        flows.MapGet("/", ListAsync).RequireAuthorization(LabFlowPolicies.ReadFlows);
        flows.MapGet("/{id}", GetLatestAsync).RequireAuthorization(LabFlowPolicies.ReadFlows);
        flows.MapGet("/{id}/versions", ListVersionsAsync).RequireAuthorization(LabFlowPolicies.ReadFlows);
        flows.MapGet("/{id}/versions/{version:int}", GetVersionAsync).RequireAuthorization(LabFlowPolicies.ReadFlows);
        flows.MapGet("/{id}/versions/{version:int}/export", ExportAsync).RequireAuthorization(LabFlowPolicies.ReadFlows);

        flows.MapPost("/validate", Validate).RequireAuthorization(LabFlowPolicies.DesignFlows);
        flows.MapPost("/", CreateDraftAsync).RequireAuthorization(LabFlowPolicies.DesignFlows);
        flows.MapGet("/{id}/draft", GetDraftAsync).RequireAuthorization(LabFlowPolicies.DesignFlows);
        flows.MapPut("/{id}/draft", UpdateDraftAsync).RequireAuthorization(LabFlowPolicies.DesignFlows);
        flows.MapPost("/{id}/publish", PublishDraftAsync).RequireAuthorization(LabFlowPolicies.DesignFlows);
        flows.MapPost("/{id}/versions/{version:int}/retract", RetractAsync).RequireAuthorization(LabFlowPolicies.DesignFlows);
        flows.MapPost("/import", ImportAsync).RequireAuthorization(LabFlowPolicies.DesignFlows);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<FlowSummary>>> ListAsync(IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var latest = await store.ListLatestAsync(cancellationToken);
        var summaries = new List<FlowSummary>(latest.Count);
        foreach (var flow in latest.OrderBy(f => f.Definition.Id, StringComparer.Ordinal))
        {
            var draft = await store.FindDraftAsync(flow.Definition.Id, cancellationToken);
            summaries.Add(new FlowSummary(flow.Definition.Id, flow.Definition.Name, flow.Definition.Version, flow.PublishedAt, draft is not null));
        }

        return TypedResults.Ok<IReadOnlyList<FlowSummary>>(summaries);
    }

    private static async Task<IResult> GetLatestAsync(string id, IWorkflowDefinitionStore store, CancellationToken cancellationToken) =>
        await store.FindLatestAsync(id, cancellationToken) is { } latest
            ? TypedResults.Ok(ToResponse(latest))
            : ApiProblems.NotFound($"Flow '{id}' has no published version. Check the id, or publish its draft.");

    private static async Task<IResult> ListVersionsAsync(string id, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var versions = await store.ListVersionsAsync(id, cancellationToken);
        return versions.Count == 0
            ? ApiProblems.NotFound($"Flow '{id}' has no published version. Check the id, or publish its draft.")
            : TypedResults.Ok(versions.Select(ToInfo).ToList());
    }

    private static async Task<IResult> GetVersionAsync(string id, int version, IWorkflowDefinitionStore store, CancellationToken cancellationToken) =>
        await store.FindVersionAsync(id, version, cancellationToken) is { } stored
            ? TypedResults.Ok(ToResponse(stored))
            : ApiProblems.NotFound($"Flow '{id}' has no version {version}. List its versions at /api/v1/flows/{id}/versions.");

    private static async Task<IResult> ExportAsync(string id, int version, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        if (await store.FindVersionAsync(id, version, cancellationToken) is not { } stored)
        {
            return ApiProblems.NotFound($"Flow '{id}' has no version {version}. List its versions at /api/v1/flows/{id}/versions.");
        }

        var json = WorkflowDefinitionSerializer.Serialize(stored.Definition);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", $"{id}.v{version}.json");
    }

    private static Ok<FlowValidationResponse> Validate(JsonObject document, WorkflowDefinitionLoader loader)
    {
        var issues = ValidationIssues(loader.Load(DraftFileName, document.ToJsonString()));
        return TypedResults.Ok(new FlowValidationResponse(issues.Count == 0, issues));
    }

    private static async Task<IResult> CreateDraftAsync(JsonObject document, WorkflowDefinitionLoader loader, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        if (ReadDraft(document, loader, out var problem) is not { } draft)
        {
            return problem!;
        }

        if (await store.FindDraftAsync(draft.Definition.Id, cancellationToken) is not null
            || await store.FindLatestAsync(draft.Definition.Id, cancellationToken) is not null)
        {
            return ApiProblems.Conflict($"A flow with id '{draft.Definition.Id}' already exists. Edit its draft at /api/v1/flows/{draft.Definition.Id}/draft, or choose another id.");
        }

        await store.SaveDraftAsync(draft.Definition, cancellationToken);
        return TypedResults.Created($"/api/v1/flows/{draft.Definition.Id}/draft", ToDraftResponse(draft));
    }

    private static async Task<IResult> GetDraftAsync(string id, WorkflowDefinitionLoader loader, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        if (await store.FindDraftAsync(id, cancellationToken) is not { } definition)
        {
            return ApiProblems.NotFound($"Flow '{id}' has no draft. Create one with POST /api/v1/flows.");
        }

        var json = WorkflowDefinitionSerializer.Serialize(definition);
        return TypedResults.Ok(ToDraftResponse(new ParsedDraft(definition, loader.Load(DraftFileName, json))));
    }

    private static async Task<IResult> UpdateDraftAsync(string id, JsonObject document, WorkflowDefinitionLoader loader, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        if (ReadDraft(document, loader, out var problem) is not { } draft)
        {
            return problem!;
        }

        if (!string.Equals(draft.Definition.Id, id, StringComparison.Ordinal))
        {
            return ApiProblems.Validation(new Dictionary<string, string[]>
            {
                ["$.id"] = [$"the document's id '{draft.Definition.Id}' is not the flow being edited ('{id}'); keep \"id\": \"{id}\"."],
            });
        }

        if (await store.FindDraftAsync(id, cancellationToken) is null && await store.FindLatestAsync(id, cancellationToken) is null)
        {
            return ApiProblems.NotFound($"Flow '{id}' does not exist. Create it with POST /api/v1/flows.");
        }

        await store.SaveDraftAsync(draft.Definition, cancellationToken);
        return TypedResults.Ok(ToDraftResponse(draft));
    }

    private static async Task<IResult> PublishDraftAsync(string id, ClaimsPrincipal user, WorkflowDefinitionLoader loader, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        if (await store.FindDraftAsync(id, cancellationToken) is not { } draft)
        {
            return ApiProblems.NotFound($"Flow '{id}' has no draft to publish. Create or edit its draft first.");
        }

        var json = WorkflowDefinitionSerializer.Serialize(draft);
        return await PublishAsync(json, user, loader, store, cancellationToken);
    }

    private static async Task<IResult> ImportAsync(JsonObject document, ClaimsPrincipal user, WorkflowDefinitionLoader loader, IWorkflowDefinitionStore store, CancellationToken cancellationToken) =>
        await PublishAsync(document.ToJsonString(), user, loader, store, cancellationToken);

    private static async Task<IResult> RetractAsync(string id, int version, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        if (await store.FindVersionAsync(id, version, cancellationToken) is null)
        {
            return ApiProblems.NotFound($"Flow '{id}' has no version {version}. List its versions at /api/v1/flows/{id}/versions.");
        }

        await store.RetractAsync(id, version, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> PublishAsync(string json, ClaimsPrincipal user, WorkflowDefinitionLoader loader, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var result = loader.Load(DraftFileName, json);
        if (result.Definition is not { } definition)
        {
            return ApiProblems.Validation(
                ToErrorDictionary(ValidationIssues(result)),
                "The flow cannot be published until every error is fixed; each JSON path lists what to do.");
        }

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)));
        var stored = await store.PublishAsync(definition, $"user:{user.Identity?.Name}", hash, cancellationToken);
        return TypedResults.Created($"/api/v1/flows/{stored.Definition.Id}/versions/{stored.Definition.Version}", ToInfo(stored));
    }

    /// <summary>
    /// A draft may still have validation errors (the designer saves work in progress), but it must be a flow
    /// document: something the serializer can read. Otherwise the request is refused with the loader's errors.
    /// </summary>
    private static ParsedDraft? ReadDraft(JsonObject document, WorkflowDefinitionLoader loader, out IResult? problem)
    {
        var json = document.ToJsonString();
        var result = loader.Load(DraftFileName, json);
        try
        {
            problem = null;
            return new ParsedDraft(WorkflowDefinitionSerializer.Deserialize(json), result);
        }
        catch (JsonException)
        {
            problem = ApiProblems.Validation(
                ToErrorDictionary(ValidationIssues(result)),
                "The document is not a flow that can be saved as a draft; fix the errors listed per JSON path.");
            return null;
        }
    }

    private static List<FlowValidationIssue> ValidationIssues(LoadResult result) =>
        [.. result.Errors.Select(e => new FlowValidationIssue(e.Path, e.Message))];

    private static Dictionary<string, string[]> ToErrorDictionary(IEnumerable<FlowValidationIssue> issues) =>
        issues.GroupBy(i => i.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray(), StringComparer.Ordinal);

    private static FlowVersionInfo ToInfo(StoredWorkflowDefinition stored) =>
        new(stored.Definition.Id, stored.Definition.Version, stored.PublishedAt, stored.IsRetracted, stored.Source);

    private static FlowVersionResponse ToResponse(StoredWorkflowDefinition stored) =>
        new(ToInfo(stored), JsonNode.Parse(WorkflowDefinitionSerializer.Serialize(stored.Definition))!.AsObject());

    private static FlowDraftResponse ToDraftResponse(ParsedDraft draft) =>
        new(JsonNode.Parse(WorkflowDefinitionSerializer.Serialize(draft.Definition))!.AsObject(), ValidationIssues(draft.Validation));

    private sealed record ParsedDraft(WorkflowDefinition Definition, LoadResult Validation);
}
