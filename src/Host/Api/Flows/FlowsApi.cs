using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Messages;
using LabFlow.Host.Authorization;
using LabFlow.Host.Infrastructure.Flows;
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
            : ApiProblems.NotFound(FlowVersionMessages.NotPublished.With(("id", id)));

    private static async Task<IResult> ListVersionsAsync(string id, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var versions = await store.ListVersionsAsync(id, cancellationToken);
        return versions.Count == 0
            ? ApiProblems.NotFound(FlowVersionMessages.NotPublished.With(("id", id)))
            : TypedResults.Ok(versions.Select(ToInfo).ToList());
    }

    private static async Task<IResult> GetVersionAsync(string id, int version, IWorkflowDefinitionStore store, CancellationToken cancellationToken) =>
        await store.FindVersionAsync(id, version, cancellationToken) is { } stored
            ? TypedResults.Ok(ToResponse(stored))
            : ApiProblems.NotFound(FlowVersionMessages.VersionNotFound.With(("id", id), ("version", version)));

    private static async Task<IResult> ExportAsync(string id, int version, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        if (await store.FindVersionAsync(id, version, cancellationToken) is not { } stored)
        {
            return ApiProblems.NotFound(FlowVersionMessages.VersionNotFound.With(("id", id), ("version", version)));
        }

        var json = WorkflowDefinitionSerializer.Serialize(stored.Definition);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", $"{id}.v{version}.json");
    }

    private static Ok<FlowValidationResponse> Validate(JsonObject document, FlowDesignService flows)
    {
        var issues = ToContract(flows.ValidateJson(document.ToJsonString()));
        return TypedResults.Ok(new FlowValidationResponse(issues.Count == 0, issues));
    }

    private static async Task<IResult> CreateDraftAsync(JsonObject document, FlowDesignService flows, CancellationToken cancellationToken)
    {
        var result = await flows.CreateDraftAsync(document.ToJsonString(), cancellationToken);
        return result switch
        {
            { Draft: { } draft } => TypedResults.Created($"/api/v1/flows/{draft.Id}/draft", ToDraftResponse(draft, result.Issues)),
            { Refusal: FlowRefusal.AlreadyExists } => ApiProblems.Conflict(result.Issues[0].In(MessageCatalogue.CurrentLanguage)),
            _ => NotADraft(result.Issues),
        };
    }

    private static async Task<IResult> GetDraftAsync(string id, FlowDesignService flows, IWorkflowDefinitionStore store, CancellationToken cancellationToken) =>
        await store.FindDraftAsync(id, cancellationToken) is { } definition
            ? TypedResults.Ok(ToDraftResponse(definition, flows.Validate(definition)))
            : ApiProblems.NotFound(FlowVersionMessages.DraftNotFound.With(("id", id)));

    private static async Task<IResult> UpdateDraftAsync(string id, JsonObject document, FlowDesignService flows, CancellationToken cancellationToken)
    {
        var json = document.ToJsonString();
        WorkflowDefinition definition;
        try
        {
            definition = WorkflowDefinitionSerializer.Deserialize(json);
        }
        catch (JsonException)
        {
            return NotADraft(flows.ValidateJson(json));
        }

        var result = await flows.SaveDraftAsync(id, definition, cancellationToken);
        return result switch
        {
            { Draft: { } draft } => TypedResults.Ok(ToDraftResponse(draft, result.Issues)),
            { Refusal: FlowRefusal.NotFound } => ApiProblems.NotFound(result.Issues[0].In(MessageCatalogue.CurrentLanguage)),
            _ => ApiProblems.Validation(ToErrorDictionary(result.Issues)),
        };
    }

    private static async Task<IResult> PublishDraftAsync(string id, ClaimsPrincipal user, FlowDesignService flows, CancellationToken cancellationToken) =>
        Published(await flows.PublishDraftAsync(id, user, cancellationToken));

    private static async Task<IResult> ImportAsync(JsonObject document, ClaimsPrincipal user, FlowDesignService flows, CancellationToken cancellationToken) =>
        Published(await flows.ImportAsync(document.ToJsonString(), user, cancellationToken));

    private static async Task<IResult> RetractAsync(string id, int version, FlowDesignService flows, CancellationToken cancellationToken) =>
        await flows.RetractAsync(id, version, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound(FlowVersionMessages.VersionNotFound.With(("id", id), ("version", version)));

    private static IResult Published(FlowPublishResult result) => result switch
    {
        { Published: { } stored } => TypedResults.Created($"/api/v1/flows/{stored.Definition.Id}/versions/{stored.Definition.Version}", ToInfo(stored)),
        { Refusal: FlowRefusal.NotFound } => ApiProblems.NotFound(result.Issues[0].In(MessageCatalogue.CurrentLanguage)),
        _ => ApiProblems.Validation(
            ToErrorDictionary(result.Issues),
            FlowVersionMessages.PublishInvalid.Message.In(MessageCatalogue.CurrentLanguage)),
    };

    /// <summary>
    /// A draft may still have validation errors (the designer saves work in progress), but it must be a flow
    /// document: something the serializer can read. Otherwise the request is refused with the loader's errors.
    /// </summary>
    private static IResult NotADraft(IReadOnlyList<FlowIssue> issues) =>
        ApiProblems.Validation(
            ToErrorDictionary(issues),
            FlowVersionMessages.NotADraft.Message.In(MessageCatalogue.CurrentLanguage));

    private static List<FlowValidationIssue> ToContract(IReadOnlyList<FlowIssue> issues) =>
        [.. issues.Select(i => new FlowValidationIssue(i.Path, i.In(MessageCatalogue.CurrentLanguage)))];

    private static Dictionary<string, string[]> ToErrorDictionary(IEnumerable<FlowIssue> issues) =>
        issues.GroupBy(i => i.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(i => i.In(MessageCatalogue.CurrentLanguage)).ToArray(), StringComparer.Ordinal);

    private static FlowVersionInfo ToInfo(StoredWorkflowDefinition stored) =>
        new(stored.Definition.Id, stored.Definition.Version, stored.PublishedAt, stored.IsRetracted, stored.Source);

    private static FlowVersionResponse ToResponse(StoredWorkflowDefinition stored) =>
        new(ToInfo(stored), JsonNode.Parse(WorkflowDefinitionSerializer.Serialize(stored.Definition))!.AsObject());

    private static FlowDraftResponse ToDraftResponse(WorkflowDefinition draft, IReadOnlyList<FlowIssue> issues) =>
        new(JsonNode.Parse(WorkflowDefinitionSerializer.Serialize(draft))!.AsObject(), ToContract(issues));
}
