using System.Security.Claims;
using LabFlow.Activities.Knowledge;
using LabFlow.Host.Authorization;

namespace LabFlow.Host.Api.Knowledge;

/// <summary>
/// The knowledge bank: <c>/api/v1/knowledge</c> searches the published entries (everyone signed in; Swedish
/// inflection understood; filters combine) and opens one; <c>/api/v1/labs/{id}/knowledge</c> lists, drafts and
/// (through <c>/api/v1/knowledge/{id}/publish</c>, or the handover's choice through
/// <c>/api/v1/labs/{id}/knowledge/publish</c>) publishes a lab's entries for those who manage the lab. The rights,
/// the personal-data check and the read rule are <see cref="KnowledgeService"/>'s.
/// </summary>
internal static class KnowledgeApi
{
    public static RouteGroupBuilder MapKnowledgeApi(this RouteGroupBuilder api)
    {
        var bank = api.MapGroup("/knowledge").WithTags("Knowledge").RequireAuthorization(LabFlowPolicies.SignedIn);
        bank.MapGet("/", SearchAsync);
        bank.MapGet("/{id:guid}", GetAsync);
        bank.MapPost("/{id:guid}/publish", PublishAsync);
        bank.MapPost("/{id:guid}/withdraw", WithdrawAsync);

        var labs = api.MapGroup("/labs").WithTags("Knowledge").RequireAuthorization(LabFlowPolicies.SignedIn);
        labs.MapGet("/{id:guid}/knowledge", ListForLabAsync);
        labs.MapPost("/{id:guid}/knowledge", DraftAsync);
        labs.MapGet("/{id:guid}/knowledge/related", RelatedAsync);
        labs.MapPost("/{id:guid}/knowledge/publish", PublishChosenAsync);
        return api;
    }

    /// <summary>Published entries the caller may read, best first; <c>q</c> is matched in any Swedish inflected form.</summary>
    private static async Task<IResult> SearchAsync(
        string? q, string? targetArea, string? ground, string? administrationId, string? phase, int? year, KnowledgeKind? kind,
        ClaimsPrincipal user, KnowledgeService knowledge, CancellationToken cancellationToken) =>
        TypedResults.Ok(await knowledge.SearchAsync(new KnowledgeSearchQuery(q, targetArea, ground, administrationId, phase, year, kind), user.PersonId(), cancellationToken));

    /// <summary>An entry the caller may not read answers 404, like one that does not exist.</summary>
    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, KnowledgeService knowledge, CancellationToken cancellationToken) =>
        TypedResults.Ok(await knowledge.GetAsync(id, user.PersonId(), cancellationToken));

    /// <summary>Personal data found in the text, or no confirmation, answers 400 per field.</summary>
    private static async Task<IResult> PublishAsync(Guid id, PublishKnowledgeBody body, ClaimsPrincipal user, KnowledgeService knowledge, CancellationToken cancellationToken) =>
        TypedResults.Ok(await knowledge.PublishAsync(id, user.PersonId(), body.ConfirmNoPersonalData, cancellationToken));

    /// <summary>The handover's choice: publishes every chosen draft of the lab, or none (400 per entry and field).</summary>
    private static async Task<IResult> PublishChosenAsync(Guid id, PublishChosenKnowledgeBody body, ClaimsPrincipal user, KnowledgeService knowledge, CancellationToken cancellationToken) =>
        TypedResults.Ok(await knowledge.PublishChosenAsync(id, body.EntryIds ?? [], user.PersonId(), body.ConfirmNoPersonalData, cancellationToken));

    private static async Task<IResult> WithdrawAsync(Guid id, ClaimsPrincipal user, KnowledgeService knowledge, CancellationToken cancellationToken) =>
        TypedResults.Ok(await knowledge.WithdrawAsync(id, user.PersonId(), cancellationToken));

    private static async Task<IResult> ListForLabAsync(Guid id, ClaimsPrincipal user, KnowledgeService knowledge, CancellationToken cancellationToken) =>
        TypedResults.Ok(await knowledge.ListForLabAsync(id, user.PersonId(), cancellationToken));

    /// <summary>201 with the draft; nobody finds it until it is published.</summary>
    private static async Task<IResult> DraftAsync(Guid id, KnowledgeEntryBody body, ClaimsPrincipal user, KnowledgeService knowledge, CancellationToken cancellationToken)
    {
        var entry = await knowledge.DraftAsync(
            id, user.PersonId(), new KnowledgeEntryInput(body.Kind, body.Title, body.Text, body.SourceTaskId, body.Phase, body.TargetAreas, body.Grounds), cancellationToken);
        return TypedResults.Created($"/api/v1/knowledge/{entry.Id}", entry);
    }

    /// <summary>Entries of other labs related to the lab's challenge, for its explore phase.</summary>
    private static async Task<IResult> RelatedAsync(Guid id, ClaimsPrincipal user, KnowledgeService knowledge, CancellationToken cancellationToken) =>
        TypedResults.Ok(await knowledge.RelatedAsync(id, user.PersonId(), cancellationToken));
}
