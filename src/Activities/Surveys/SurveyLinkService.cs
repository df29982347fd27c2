using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Register;
using LabFlow.Activities.Reports;
using LabFlow.Activities.Security;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Surveys;

/// <summary>
/// Conference evaluations and participant surveys answered through a personal link without an account. The lab's
/// facilitator or the training coordinator (<see cref="ParticipantRegisterService.CanRecordAsync"/>) sends one link per
/// registered guest with an email address; the link opens only that step's form, takes one answer, and expires at the
/// end of the step's due day (or after <see cref="SurveyLinkOptions.Lifetime"/>). The answer becomes a completed task
/// of the step, so it joins the step's results exactly like a signed-in answer. Survey steps are found by their
/// <see cref="StepTags.Survey"/> tag, never by activity id.
/// </summary>
public sealed class SurveyLinkService(
    ISurveyLinkStore links,
    ILabStore labs,
    LabAccess access,
    ParticipantRegisterService register,
    IParticipantRegisterStore registerStore,
    ITaskStore tasks,
    ITaskCommands taskCommands,
    IWorkflowInstanceStore instances,
    IWorkflowDefinitionStore definitions,
    LabCalendar calendar,
    SurveyLinkOptions options,
    TimeProvider time,
    IEmailOutbox? outbox = null)
{
    /// <summary>The task kind of an answer given through a link, and the actor its history names (never the guest).</summary>
    public const string AnswerKind = "SurveyLink";

    /// <summary>The page a link opens; the token follows.</summary>
    public const string PagePath = "/survey/";

    /// <summary>The lab's survey steps (tagged <see cref="StepTags.Survey"/> with a form) for whoever may send their links; none for anyone else.</summary>
    public async Task<IReadOnlyList<SurveyStep>> ListStepsAsync(Guid callerId, Guid labId, CancellationToken cancellationToken)
    {
        var lab = await labs.FindAsync(labId, cancellationToken);
        if (lab is null || !await access.CanSeeAsync(callerId, lab, cancellationToken) || !await register.CanRecordAsync(callerId, lab, cancellationToken))
        {
            return [];
        }

        return [.. (await SurveyStepsAsync(lab.Id, cancellationToken)).Select(s => new SurveyStep(s.Id, ParticipantRegisterService.Title(s)))];
    }

    /// <summary>Sends a personal link to every guest of the lab with an email address who has neither answered nor a working link.</summary>
    /// <exception cref="LabDomainException"><c>not_found</c> for a lab the caller cannot see or a step that is not a survey; <c>forbidden</c> for someone who may not send.</exception>
    public async Task<SurveyLinksSent> SendAsync(Guid callerId, Guid labId, string activityId, CancellationToken cancellationToken)
    {
        var lab = await labs.FindAsync(labId, cancellationToken);
        if (lab is null || !await access.CanSeeAsync(callerId, lab, cancellationToken))
        {
            throw new LabDomainException(LabErrors.NotFound, RegisterMessages.LabNotFound.With(("labId", labId)));
        }

        if (!await register.CanRecordAsync(callerId, lab, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, SurveyMessages.SendForbidden.With(("title", lab.Title)));
        }

        var step = (await SurveyStepsAsync(lab.Id, cancellationToken)).FirstOrDefault(s => string.Equals(s.Id, activityId, StringComparison.Ordinal))
            ?? throw new LabDomainException(LabErrors.NotFound, SurveyMessages.NotASurvey.With(("activityId", InputErrors.Shortened(activityId)), ("title", lab.Title)));

        // A node without email (some test hosts) can open and answer links but not send them.
        var sender = outbox ?? throw new InvalidOperationException("Survey links go out by email, and no email outbox is registered: add LabFlow's email (AddLabFlowEmail) to the host.");
        var now = time.GetUtcNow();
        var expiresAt = await ExpiryAsync(lab.Id, step.Id, now, cancellationToken);
        var earlier = (await links.ListAsync(lab.Id, step.Id, cancellationToken)).ToLookup(l => l.ParticipantId);
        var guests = await registerStore.ListGuestsAsync([lab.Id], cancellationToken);
        var title = ParticipantRegisterService.Title(step);
        var created = new List<(SurveyLink Link, RegisterGuest Guest, string Token)>();
        int answered = 0, open = 0, withoutEmail = 0;
        foreach (var guest in guests)
        {
            var theirs = earlier[guest.Id].ToList();
            if (theirs.Any(l => l.UsedAt is not null))
            {
                answered++;
            }
            else if (theirs.Any(l => l.ExpiresAt > now))
            {
                open++;
            }
            else if (guest.Email is null)
            {
                withoutEmail++;
            }
            else
            {
                var token = SurveyLinkTokens.New();
                created.Add((new SurveyLink(Guid.NewGuid(), SecretTokens.Hash(token), lab.Id, step.Id, guest.Id, expiresAt, callerId, now), guest, token));
            }
        }

        if (created.Count > 0)
        {
            await links.AddAsync([.. created.Select(c => c.Link)], cancellationToken);
        }

        foreach (var (link, guest, token) in created)
        {
            // The request id is the link's, so a repeated dispatch sends nothing twice; no lab link, since a guest cannot sign in.
            await sender.EnqueueAsync(new EmailRequested(link.Id, null, null, EmailTemplates.SurveyLink,
                [new EmailRecipient(null, guest.Email!, guest.Name, EmailCultures.Swedish)],
                new JsonObject
                {
                    ["surveyTitle"] = title.Get(CultureInfo.GetCultureInfo(EmailCultures.Swedish)),
                    ["labTitle"] = lab.Title,
                    ["expiresAt"] = calendar.DateOf(expiresAt.AddTicks(-1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["linkPath"] = PagePath + token,
                }), cancellationToken);
        }

        return new SurveyLinksSent(created.Count, open, answered, withoutEmail, expiresAt);
    }

    /// <summary>The survey a link opens, or why it opens none; never throws for a bad token.</summary>
    public async Task<SurveyLinkView> OpenAsync(string? token, CancellationToken cancellationToken) =>
        (await ResolveAsync(token, cancellationToken)).View;

    /// <summary>
    /// Answers the link's survey once. Wrong answers come back with every field's error and leave the link unused; of
    /// two answers racing on one link one is accepted and the other gets <see cref="SurveyLinkState.Used"/>.
    /// </summary>
    public async Task<SurveyAnswerResult> AnswerAsync(string? token, JsonObject? answers, CancellationToken cancellationToken)
    {
        var (view, link, step) = await ResolveAsync(token, cancellationToken);
        if (view.State != SurveyLinkState.Open || link is null || step is null)
        {
            return new SurveyAnswerResult(false, view.State, []);
        }

        var form = FormDefinitionParser.Parse(view.Form).Form;
        var checkedAnswers = FormValidator.Validate(form, answers);
        // A guest has no view of the directory, so a Person answer can name nobody they may choose.
        var errors = checkedAnswers.Errors.Concat(checkedAnswers.People.Select(p => FormError.UnknownPerson(p.Path))).ToList();
        if (errors.Count > 0)
        {
            return new SurveyAnswerResult(false, SurveyLinkState.Open, errors);
        }

        var now = time.GetUtcNow();
        var taskId = Guid.NewGuid();
        if (!await links.TryRedeemAsync(link.Id, now, taskId, cancellationToken))
        {
            return new SurveyAnswerResult(false, SurveyLinkState.Used, []);
        }

        var answer = new LabTask
        {
            Id = taskId,
            LabId = link.LabId,
            ActivityId = step.Id,
            Kind = AnswerKind,
            Title = view.Title!,
            Instructions = view.Instructions,
            Phase = step.Phase,
            Form = (JsonArray?)view.Form?.DeepClone(),
            Readers = StepReaders.Of(step.Inputs?[StepReaders.InputName], view.Form),
            Actions = [new TaskAction(ConnectionDefinition.DefaultOutcome, LocalizedText.Of("Klar", "Done"))],
            CreatedAt = now,
            History = [new TaskHistoryEntry(now, AnswerKind, TaskHistoryKind.Created)],
        }.Complete(AnswerKind, ConnectionDefinition.DefaultOutcome, checkedAnswers.Answers, now);
        try
        {
            await taskCommands.AddAsync(answer, cancellationToken);
        }
        catch
        {
            await links.ReleaseAsync(link.Id, taskId, CancellationToken.None);
            throw;
        }

        return new SurveyAnswerResult(true, SurveyLinkState.Used, []);
    }

    private async Task<(SurveyLinkView View, SurveyLink? Link, ActivityNode? Step)> ResolveAsync(string? token, CancellationToken cancellationToken)
    {
        if (!SurveyLinkTokens.IsWellFormed(token)
            || await links.FindByHashAsync(SecretTokens.Hash(token!), cancellationToken) is not { } link)
        {
            return (SurveyLinkView.Of(SurveyLinkState.Invalid), null, null);
        }

        if (link.UsedAt is not null)
        {
            return (SurveyLinkView.Of(SurveyLinkState.Used), link, null);
        }

        if (link.ExpiresAt <= time.GetUtcNow())
        {
            return (SurveyLinkView.Of(SurveyLinkState.Expired), link, null);
        }

        var step = (await SurveyStepsAsync(link.LabId, cancellationToken)).FirstOrDefault(s => string.Equals(s.Id, link.ActivityId, StringComparison.Ordinal));
        if (step is null)
        {
            return (SurveyLinkView.Of(SurveyLinkState.Invalid), link, null);
        }

        var view = new SurveyLinkView(
            SurveyLinkState.Open,
            ParticipantRegisterService.Title(step),
            TaskPlanner.ToText(step.Inputs?["instructions"]),
            (JsonArray?)(step.Inputs?["form"] as JsonArray)?.DeepClone(),
            link.ExpiresAt);
        return (view, link, step);
    }

    /// <summary>The end of the step's latest due day when it is still ahead, else <see cref="SurveyLinkOptions.Lifetime"/> from now.</summary>
    private async Task<DateTimeOffset> ExpiryAsync(Guid labId, string activityId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = (await tasks.ListByLabAsync(labId, cancellationToken))
            .Where(t => string.Equals(t.ActivityId, activityId, StringComparison.Ordinal) && t.Kind != AnswerKind && t.Due is not null)
            .Select(t => t.Due!.Value)
            .DefaultIfEmpty()
            .Max();
        var windowEnd = due == default ? (DateTimeOffset?)null : calendar.EndOf(due);
        return windowEnd is { } end && end > now ? end : now + options.Lifetime;
    }

    private async Task<IReadOnlyList<ActivityNode>> SurveyStepsAsync(Guid labId, CancellationToken cancellationToken)
    {
        if (await instances.FindAsync(labId, cancellationToken) is not { } instance
            || await definitions.FindVersionAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken) is not { } stored)
        {
            return [];
        }

        return [.. stored.Definition.Activities.Where(a => StepTags.Of(a).Contains(StepTags.Survey) && a.Inputs?["form"] is JsonArray { Count: > 0 })];
    }
}
