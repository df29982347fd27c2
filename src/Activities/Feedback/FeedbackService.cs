using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Feedback;

/// <summary>
/// Feedback on steps and improvement suggestions for flows. The people on a task's lab (the lab's named people, and
/// whoever the task is for or keeps informed) rate its step once each, changeably, and suggest improvements to the
/// lab's flow; the project team (<see cref="Permission.DesignFlows"/>, held organisation-wide) reads a flow's
/// suggestions in its inbox and answers them with a status and a reply, which the suggester gets by email.
/// </summary>
public sealed class FeedbackService(
    IFeedbackStore store,
    ITaskStore tasks,
    ILabStore labs,
    LabAccess access,
    IDirectory directory,
    TimeProvider timeProvider,
    IEmailOutbox? outbox = null)
{
    /// <summary>Rates the task's step; a second call by the same person replaces their earlier feedback.</summary>
    /// <exception cref="LabDomainException"><c>not_found</c>, <c>forbidden</c> for someone not on the task's lab, <c>invalid</c> with every field's error.</exception>
    public async Task<StepFeedback> GiveAsync(Guid taskId, Guid personId, StepFeedbackInput input, CancellationToken cancellationToken)
    {
        var (task, lab) = await LoadOnLabAsync(taskId, personId, cancellationToken);
        var errors = new InputErrors();
        if (input.Rating is < FeedbackLimits.MinRating or > FeedbackLimits.MaxRating)
        {
            errors.Add("rating", FeedbackMessages.RatingRange.With(("min", FeedbackLimits.MinRating), ("max", FeedbackLimits.MaxRating), ("rating", input.Rating)));
        }

        errors.LimitText("worked", input.Worked, FeedbackLimits.CommentLength, "what worked")
            .LimitText("didNotWork", input.DidNotWork, FeedbackLimits.CommentLength, "what did not work")
            .ThrowIfAny("The feedback cannot be saved.");

        var now = timeProvider.GetUtcNow();
        var earlier = await store.FindFeedbackAsync(taskId, personId, cancellationToken);
        var feedback = new StepFeedback(
            earlier?.Id ?? Guid.NewGuid(),
            task.Id,
            lab.Id,
            lab.DefinitionId,
            task.ActivityId,
            personId,
            input.Rating,
            Trimmed(input.Worked),
            Trimmed(input.DidNotWork),
            earlier?.CreatedAt ?? now,
            now);
        await store.SaveFeedbackAsync(feedback, cancellationToken);
        return feedback;
    }

    /// <summary>The task's feedback, newest first, for the people on its lab and the project team.</summary>
    /// <exception cref="LabDomainException"><c>not_found</c>, or <c>forbidden</c> for anyone else.</exception>
    public async Task<IReadOnlyList<StepFeedback>> ListForTaskAsync(Guid taskId, Guid viewerId, CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(taskId, cancellationToken) ?? throw TaskNotFound(taskId);
        var lab = await labs.FindAsync(task.LabId, cancellationToken);
        if (!(lab is not null && IsOnLab(viewerId, task, lab)) && !await CanDesignAsync(viewerId, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, FeedbackMessages.NotInLab.With(("taskId", taskId)));
        }

        return await store.ListFeedbackByTaskAsync(taskId, cancellationToken);
    }

    /// <summary>Suggests an improvement to the flow of the task's lab, from the task.</summary>
    /// <param name="flowId">The flow the caller means, when it names one (the API's route); it must be the task's.</param>
    /// <exception cref="LabDomainException"><c>not_found</c>, <c>forbidden</c> for someone not on the task's lab, <c>invalid</c> for an empty or too long text or another flow.</exception>
    public async Task<FlowSuggestion> SuggestAsync(Guid taskId, Guid personId, string? text, CancellationToken cancellationToken, string? flowId = null)
    {
        var (task, lab) = await LoadOnLabAsync(taskId, personId, cancellationToken);
        if (flowId is not null && !string.Equals(flowId, lab.DefinitionId, StringComparison.Ordinal))
        {
            throw LabDomainException.Invalid("taskId", FeedbackMessages.WrongFlow.With(("taskId", taskId), ("taskFlow", lab.DefinitionId), ("flowId", InputErrors.Shortened(flowId))));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw LabDomainException.Invalid("text", FeedbackMessages.SuggestionEmpty.Message);
        }

        new InputErrors().LimitText("text", text, FeedbackLimits.SuggestionLength, "the suggestion").ThrowIfAny("The suggestion cannot be sent.");
        var suggestion = new FlowSuggestion(
            Guid.NewGuid(), lab.DefinitionId, task.Id, lab.Id, task.ActivityId, personId, text.Trim(), SuggestionStatus.New, timeProvider.GetUtcNow());
        await store.AddSuggestionAsync(suggestion, cancellationToken);
        return suggestion;
    }

    /// <summary>The flow's improvement inbox, newest first; only suggestions in <paramref name="status"/> when given.</summary>
    /// <exception cref="LabDomainException"><c>forbidden</c> for anyone outside the project team.</exception>
    public async Task<IReadOnlyList<FlowSuggestion>> ListSuggestionsAsync(string flowId, Guid viewerId, SuggestionStatus? status, CancellationToken cancellationToken)
    {
        await RequireDesignerAsync(flowId, viewerId, cancellationToken);
        if (status is { } given)
        {
            new InputErrors().RequireDefined("status", given).ThrowIfAny("The inbox cannot be filtered.");
        }

        return await store.ListSuggestionsAsync(flowId, status, cancellationToken);
    }

    /// <summary>
    /// A designer moves a suggestion to <paramref name="status"/> with an optional reply; a reply reaches the suggester
    /// by email (in their language), when an <see cref="IEmailOutbox"/> is registered and the suggester is still active.
    /// </summary>
    /// <exception cref="LabDomainException"><c>forbidden</c>, <c>not_found</c>, <c>invalid</c> (unknown status, a too long reply), <c>conflict</c> when someone answered at the same time.</exception>
    public async Task<FlowSuggestion> AnswerAsync(
        string flowId, Guid suggestionId, Guid designerId, SuggestionStatus status, string? reply, CancellationToken cancellationToken)
    {
        await RequireDesignerAsync(flowId, designerId, cancellationToken);
        new InputErrors()
            .RequireDefined("status", status)
            .LimitText("reply", reply, FeedbackLimits.ReplyLength, "the reply")
            .ThrowIfAny("The suggestion cannot be answered.");

        var suggestion = await store.FindSuggestionAsync(suggestionId, cancellationToken);
        if (suggestion is null || !string.Equals(suggestion.DefinitionId, flowId, StringComparison.Ordinal))
        {
            throw new LabDomainException(LabErrors.NotFound, FeedbackMessages.SuggestionNotFound.With(("suggestionId", suggestionId), ("flowId", flowId)));
        }

        var now = timeProvider.GetUtcNow();
        var replyText = Trimmed(reply);
        var answered = suggestion with
        {
            Status = status,
            Reply = replyText ?? suggestion.Reply,
            RepliedBy = replyText is null ? suggestion.RepliedBy : designerId,
            RepliedAt = replyText is null ? suggestion.RepliedAt : now,
        };
        if (!await store.UpdateSuggestionAsync(answered, suggestion.Version, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Conflict, FeedbackMessages.SuggestionChanged.With(("suggestionId", suggestionId)));
        }

        if (replyText is not null)
        {
            await EmailReplyAsync(answered, designerId, replyText, cancellationToken);
        }

        return answered with { Version = suggestion.Version + 1 };
    }

    /// <summary>Whether <paramref name="personId"/> may give feedback on the task: they are among the lab's people, or the task is for them or keeps them informed.</summary>
    public static bool IsOnLab(Guid personId, LabTask task, Lab lab) =>
        task.Involves(personId) || lab.People.Any(m => m.PersonId == personId);

    /// <summary>Whether <paramref name="personId"/> holds <see cref="Permission.DesignFlows"/> (an organisation-wide grant: Designer or Admin).</summary>
    public Task<bool> CanDesignAsync(Guid personId, CancellationToken cancellationToken) => access.CanDesignFlowsAsync(personId, cancellationToken);

    private async Task EmailReplyAsync(FlowSuggestion suggestion, Guid designerId, string reply, CancellationToken cancellationToken)
    {
        if (outbox is null || await directory.FindPersonAsync(suggestion.AuthorId, cancellationToken) is not { Active: true } author)
        {
            return;
        }

        var designer = await directory.FindPersonAsync(designerId, cancellationToken);
        var lab = await labs.FindAsync(suggestion.LabId, cancellationToken);
        await outbox.EnqueueAsync(
            new EmailRequested(
                Guid.NewGuid(),
                suggestion.LabId,
                suggestion.TaskId,
                EmailTemplates.SuggestionReply,
                [new EmailRecipient(author.Id, author.Email, author.Name, author.Culture)],
                new JsonObject
                {
                    ["flowId"] = suggestion.DefinitionId,
                    ["labTitle"] = lab?.Title,
                    ["suggestion"] = suggestion.Text,
                    ["status"] = suggestion.Status.ToString(),
                    ["reply"] = reply,
                    ["designerName"] = designer?.Name ?? "LabFlow",
                }),
            cancellationToken);
    }

    private async Task RequireDesignerAsync(string flowId, Guid personId, CancellationToken cancellationToken)
    {
        if (!await CanDesignAsync(personId, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, FeedbackMessages.InboxForbidden.With(("flowId", InputErrors.Shortened(flowId))));
        }
    }

    private async Task<(LabTask Task, Lab Lab)> LoadOnLabAsync(Guid taskId, Guid personId, CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(taskId, cancellationToken) ?? throw TaskNotFound(taskId);
        var lab = await labs.FindAsync(task.LabId, cancellationToken);
        return lab is not null && IsOnLab(personId, task, lab)
            ? (task, lab)
            : throw new LabDomainException(LabErrors.Forbidden, FeedbackMessages.NotInLab.With(("taskId", taskId)));
    }

    private static LabDomainException TaskNotFound(Guid taskId) =>
        new(LabErrors.NotFound, TaskMessages.NotFound.With(("taskId", taskId)));

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
