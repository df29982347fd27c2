using System.Text.Json.Nodes;
using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Email;

/// <summary>
/// An email a burst asks for (task assigned, a SendEmail step, a workshop invitation …). It becomes an email row per
/// recipient that commits with the burst (the database commit renders them in its transaction; the in-memory stores
/// on dispatch after the commit) and is sent only after the commit, so a burst that did not commit never sends one.
/// <see cref="IWorkflowEffect.Id"/> makes a repeated dispatch recognisable.
/// </summary>
/// <param name="Template">The template key (<see cref="EmailTemplates"/>).</param>
/// <param name="Model">Values the Liquid template reads (titles, dates, links); never form answers.</param>
/// <param name="TaskId">The task the email is about, when it is about one.</param>
public sealed record EmailRequested(
    Guid Id,
    Guid? InstanceId,
    Guid? TaskId,
    string Template,
    IReadOnlyList<EmailRecipient> To,
    JsonObject Model) : IOutboxEffect;
