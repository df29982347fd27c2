using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Privacy;

/// <summary>
/// A person's data rights for both doors (the API and the pages): the export of what LabFlow holds about them (by
/// themselves, or by an administrator of their administration), erasure under a recorded decision, and the access
/// log of sensitive steps' answers. An administrator of an administration is someone with an Admin membership there;
/// the organisation's administrators (the Admin role) administer every administration. Erasure pseudonymises rather
/// than deletes: rows, counts and statistics stay, the name, address and personal free text go.
/// </summary>
public sealed class PersonalDataService(
    IDirectory directory,
    IOrganisationRoles organisationRoles,
    IPersonalDataStore store,
    ITaskStore tasks,
    ITaskCommands taskCommands,
    ILabStore labs,
    AnswerReadRule readRule,
    ISensitiveReadLog readLog,
    TimeProvider timeProvider,
    IMailCopies? mailCopies = null,
    ICollectionStore? collections = null,
    Register.IParticipantRegisterStore? register = null,
    Attachments.IAttachmentStore? attachments = null,
    IIdeaBoardStore? ideaBoards = null,
    Knowledge.IKnowledgeStore? knowledge = null)
{
    // The collections' idea forms, read once per scope: an idea and its revisions share their collection's form.
    private readonly Dictionary<Guid, JsonArray?> _ideaForms = [];

    /// <summary>How often a task changed by someone else during erasure is read again before giving up.</summary>
    private const int MaxAttempts = 5;

    /// <summary>What LabFlow holds about <paramref name="personId"/>, for themselves or an administrator of their administration.</summary>
    /// <exception cref="LabDomainException"><c>not_found</c>; <c>forbidden</c> for anyone else.</exception>
    public async Task<PersonalDataExport> ExportAsync(Guid actorId, Guid personId, CancellationToken cancellationToken)
    {
        var person = await FindAsync(personId, cancellationToken);
        if (actorId != personId)
        {
            await RequireAdministratorOfAsync(actorId, personId, cancellationToken);
        }

        var records = await store.ReadAsync(personId, cancellationToken);
        var labsById = records.Labs.ToDictionary(l => l.Id);
        foreach (var labId in records.Tasks.Select(t => t.LabId).Distinct().Where(id => !labsById.ContainsKey(id)).ToList())
        {
            if (await labs.FindAsync(labId, cancellationToken) is { } lab)
            {
                labsById[labId] = lab;
            }
        }

        var (exported, reads) = await ExportTasksAsync(actorId, personId, records.Tasks, labsById, cancellationToken);
        var (ideas, votes, uploads) = await WithoutAnonymousAsync(
            actorId, personId, records, attachments is null ? [] : await attachments.ListByUploaderAsync(personId, cancellationToken), cancellationToken);
        if (reads.Count > 0)
        {
            await readLog.AddAsync(reads, cancellationToken);
        }

        return new PersonalDataExport(
            timeProvider.GetUtcNow(),
            person,
            await directory.ListMembershipsAsync(personId, cancellationToken),
            await organisationRoles.ListAsync(personId, cancellationToken),
            [.. records.Labs.Select(l => new PersonalLab(l.Id, l.Title, l.AdministrationId, [.. l.People.Where(m => m.PersonId == personId).Select(m => m.Role).Distinct()]))],
            exported,
            [.. records.Journal.Where(j => j.Actor == personId.ToString()).Select(j => new PersonalJournalEntry(j.InstanceId, j.Timestamp, j.Event.ToString(), j.ActivityId, j.Outcome))],
            records.Emails,
            records.StandIns.FirstOrDefault(s => s.PersonId == personId),
            [.. records.StandIns.Where(s => s.StandInId == personId)],
            records.Tokens,
            await WithFileNamesAsync(ideas, cancellationToken),
            await readLog.ListAsync(new SensitiveReadQuery(ReaderId: personId, Take: PrivacyLimits.AccessLogPage), cancellationToken),
            records.Erasure,
            votes)
        {
            Register = register is null ? null
                : new(await register.FindProfileAsync(personId, cancellationToken), await register.ListAttendanceOfAsync(personId, cancellationToken)),
            Attachments = [.. uploads.Select(PersonalAttachment.Of)],
            KnowledgeEntries = knowledge is null ? [] : await Knowledge.KnowledgePersonalData.ExportAsync(knowledge, personId, cancellationToken),
        };
    }

    /// <summary>
    /// An export read by someone else (an administrator) leaves out the person's ideas, dots and idea photos on
    /// anonymous steps: the step promised that nobody, administrators included, learns who wrote or voted for what.
    /// The person's own export keeps them, as it is their data.
    /// </summary>
    private async Task<(IReadOnlyList<PersonalIdea> Ideas, IReadOnlyList<PersonalVote> Votes, IReadOnlyList<Attachments.Attachment> Uploads)> WithoutAnonymousAsync(
        Guid actorId, Guid personId, PersonalRecords records, IReadOnlyList<Attachments.Attachment> uploads, CancellationToken cancellationToken)
    {
        if (actorId == personId || collections is null)
        {
            return (records.Ideas, records.Votes, uploads);
        }

        ICollectionStore store = collections;
        var anonymous = new Dictionary<Guid, bool>();
        async Task<bool> IsAnonymousAsync(Guid collectionId)
        {
            if (!anonymous.TryGetValue(collectionId, out var flag))
            {
                flag = (await store.FindAsync(collectionId, cancellationToken))?.Anonymous ?? false;
                anonymous[collectionId] = flag;
            }

            return flag;
        }

        var ideas = new List<PersonalIdea>();
        foreach (var idea in records.Ideas)
        {
            if (!await IsAnonymousAsync(idea.CollectionId))
            {
                ideas.Add(idea);
            }
        }

        var votes = new List<PersonalVote>();
        foreach (var vote in records.Votes)
        {
            if (!await IsAnonymousAsync(vote.CollectionId))
            {
                votes.Add(vote);
            }
        }

        var kept = new List<Attachments.Attachment>();
        foreach (var upload in uploads)
        {
            var step = await store.FindByActivityAsync(upload.LabId, upload.ActivityId, cancellationToken);
            if (step is null || !await IsAnonymousAsync(step.Id))
            {
                kept.Add(upload);
            }
        }

        return (ideas, votes, kept);
    }

    /// <summary>
    /// Erases <paramref name="personId"/> under a decision by <paramref name="actorId"/>, an administrator of their
    /// administration, for <paramref name="reason"/>: the answers they gave to fields marked personal, their comments
    /// and the notes of history entries about them are emptied; what they wrote in their ideas is removed and their
    /// dots no longer name them; their name and address are replaced everywhere; emails not yet sent to them are
    /// dropped; their stand-ins, tokens and sign-in account go. Tasks, labs, ideas, votes, journal entries and counts
    /// stay, under their id.
    /// </summary>
    /// <exception cref="LabDomainException">
    /// <c>not_found</c>; <c>forbidden</c> unless an administrator of the person's administration (and never oneself);
    /// <c>invalid</c> on <c>reason</c>; <c>conflict</c> when the person was erased already.
    /// </exception>
    public async Task<ErasureDecision> EraseAsync(Guid actorId, Guid personId, string? reason, CancellationToken cancellationToken)
    {
        var person = await FindAsync(personId, cancellationToken);
        await RequireAdministratorOfAsync(actorId, personId, cancellationToken);
        if (actorId == personId)
        {
            throw new LabDomainException(LabErrors.Forbidden, GdprMessages.NotSelf.Message);
        }

        reason = reason?.Trim();
        new InputErrors().RequireText("reason", reason, PrivacyLimits.ReasonLength, "the reason for the decision")
            .ThrowIfAny("The erasure cannot be recorded until the reason is given.");
        var records = await store.ReadAsync(personId, cancellationToken);
        if (records.Erasure is { } earlier)
        {
            throw new LabDomainException(LabErrors.Conflict, GdprMessages.AlreadyErased.With(("personId", personId), ("decidedAt", earlier.DecidedAt)));
        }

        var freeTexts = new List<string>();
        foreach (var task in records.Tasks)
        {
            await ScrubTaskAsync(task, personId, freeTexts, cancellationToken);
        }

        var ideas = await WithoutWrittenTextsAsync(records.Ideas, freeTexts, cancellationToken);
        var revisions = await RevisionsWithoutTextsAsync(records.Ideas, freeTexts, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var decision = new ErasureDecision(Guid.CreateVersion7(now), personId, $"Raderad person {personId.ToString("N")[..8]}", actorId, now, reason!);
        var plan = new ErasurePlan(
            decision,
            person,
            $"raderad-{personId:N}@raderad.invalid",
            [.. freeTexts.Where(t => t.Trim().Length >= PrivacyLimits.MinSearchedTextLength).Distinct(StringComparer.Ordinal)],
            ideas)
        {
            IdeaRevisions = revisions,
        };
        await store.PseudonymiseAsync(plan, cancellationToken);
        if (register is not null)
        {
            // Their sex, organisation and profession go; attendance stays under their id, counted as not stated.
            await register.RemoveProfileAsync(personId, cancellationToken);
        }

        if (attachments is not null)
        {
            // Their files go entirely (a photo shows who took it and where); answers naming them then name nothing.
            await attachments.DeleteByUploaderAsync(personId, cancellationToken);
        }
        if (knowledge is not null)
        {
            await Knowledge.KnowledgePersonalData.PseudonymiseAsync(
                knowledge, personId, person.Name, decision.Pseudonym, [.. records.Labs.Select(l => l.Id)], plan.FreeTexts, ErasurePlan.Removed, cancellationToken);
        }

        if (mailCopies is not null)
        {
            await mailCopies.RemoveAsync(person.Email, [person.Name, .. plan.FreeTexts], cancellationToken);
        }

        return decision;
    }

    /// <summary>The erasure decision about <paramref name="personId"/>, or <c>null</c>; for an administrator of their administration.</summary>
    public async Task<ErasureDecision?> GetErasureAsync(Guid actorId, Guid personId, CancellationToken cancellationToken)
    {
        await FindAsync(personId, cancellationToken);
        await RequireAdministratorOfAsync(actorId, personId, cancellationToken);
        return (await store.ReadAsync(personId, cancellationToken)).Erasure;
    }

    /// <summary>Whether <paramref name="actorId"/> administers <paramref name="personId"/>'s administration (what the pages show).</summary>
    public async Task<bool> AdministersAsync(Guid actorId, Guid personId, CancellationToken cancellationToken)
    {
        var administered = await AdministeredAsync(actorId, cancellationToken);
        return administered is null
            || (administered.Count > 0 && (await directory.ListMembershipsAsync(personId, cancellationToken)).Any(m => administered.Contains(m.AdministrationId)));
    }

    /// <summary>
    /// Who read the answers of sensitive steps in the administrations <paramref name="actorId"/> administers (or in
    /// <paramref name="administrationId"/> of them), newest first.
    /// </summary>
    /// <exception cref="LabDomainException"><c>forbidden</c> unless an administrator (of that administration).</exception>
    public async Task<IReadOnlyList<AccessLogEntry>> ListAccessLogAsync(Guid actorId, string? administrationId, CancellationToken cancellationToken)
    {
        var administered = await AdministeredAsync(actorId, cancellationToken);
        if (administered is { Count: 0 } || (administrationId is not null && administered is not null && !administered.Contains(administrationId)))
        {
            throw new LabDomainException(LabErrors.Forbidden, GdprMessages.AccessLogAdminOnly.Message);
        }

        IReadOnlyCollection<string>? scope = administrationId is null ? administered : [administrationId];
        var reads = await readLog.ListAsync(new SensitiveReadQuery(scope, Take: PrivacyLimits.AccessLogPage), cancellationToken);
        var names = (await directory.ListPeopleAsync([.. reads.Select(r => r.ReaderId).Distinct()], cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        return [.. reads.Select(r => new AccessLogEntry(r, names.GetValueOrDefault(r.ReaderId)))];
    }

    /// <summary>The person's ideas with what they wrote removed (by the collection's form), adding the removed texts to <paramref name="removed"/>.</summary>
    private async Task<IReadOnlyList<PersonalIdea>> WithoutWrittenTextsAsync(IReadOnlyList<PersonalIdea> ideas, List<string> removed, CancellationToken cancellationToken)
    {
        var emptied = new List<PersonalIdea>(ideas.Count);
        foreach (var idea in ideas)
        {
            var (answers, texts) = PersonalAnswers.RemoveWrittenTexts(idea.Answers, await IdeaFormAsync(idea.CollectionId, cancellationToken));
            removed.AddRange(texts);
            emptied.Add(idea with { Answers = answers });
        }

        return emptied;
    }

    /// <summary>
    /// Every revision in the history of the person's ideas, whoever made it, with its written texts removed, adding the
    /// removed texts to <paramref name="removed"/>. A facilitator's rewording restates the author's idea, so it is
    /// personal free text derived from the author however little of the wording it keeps; the revisions themselves
    /// stay, so the idea's history still counts its edits.
    /// </summary>
    private async Task<IReadOnlyList<IdeaRevision>> RevisionsWithoutTextsAsync(IReadOnlyList<PersonalIdea> ideas, List<string> removed, CancellationToken cancellationToken)
    {
        if (ideaBoards is null || ideas.Count == 0)
        {
            return [];
        }

        var theirs = ideas.Select(i => i.Id).ToHashSet();
        var emptied = new List<IdeaRevision>();
        foreach (var collectionId in ideas.Select(i => i.CollectionId).Distinct())
        {
            var form = await IdeaFormAsync(collectionId, cancellationToken);
            foreach (var revision in (await ideaBoards.ListRevisionsAsync(collectionId, cancellationToken)).Where(r => theirs.Contains(r.IdeaId)))
            {
                var (answers, texts) = PersonalAnswers.RemoveWrittenTexts(revision.Answers, form);
                removed.AddRange(texts);
                emptied.Add(revision with { Answers = answers });
            }
        }

        return emptied;
    }

    private async Task<JsonArray?> IdeaFormAsync(Guid collectionId, CancellationToken cancellationToken)
    {
        if (!_ideaForms.TryGetValue(collectionId, out var form))
        {
            form = collections is null ? null : (await collections.FindAsync(collectionId, cancellationToken))?.Form;
            _ideaForms[collectionId] = form;
        }

        return form;
    }

    private async Task<(IReadOnlyList<PersonalTask> Tasks, IReadOnlyList<SensitiveRead> Reads)> ExportTasksAsync(
        Guid actorId, Guid personId, IReadOnlyList<LabTask> found, Dictionary<Guid, Lab> labsById, CancellationToken cancellationToken)
    {
        var shown = new List<(LabTask Task, JsonObject? Answers)>(found.Count);
        var reads = new List<SensitiveRead>();
        var now = timeProvider.GetUtcNow();
        foreach (var group in found.GroupBy(t => t.LabId))
        {
            var lab = labsById.GetValueOrDefault(group.Key);
            var reader = await readRule.ReaderAsync(personId, lab, cancellationToken);
            foreach (var task in group)
            {
                // Only the person's own answers: those of a task they did, which the read rule always lets them read.
                var answers = AnswerReadRule.Did(task, personId) && AnswerReadRule.MayRead(task, reader, [task]) ? task.Answers ?? task.Draft : null;
                if (answers is not null && actorId != personId && task.Readers is not null && lab is not null)
                {
                    reads.Add(new SensitiveRead(Guid.CreateVersion7(now), actorId, task.Id, task.LabId, lab.AdministrationId, task.ActivityId, now));
                }

                shown.Add((task, answers));
            }
        }

        // Only the files these answers name, which the person may read with them: each shown by its name.
        var names = await Reports.AnswerNames.OfAsync(shown.Select(s => s.Answers), directory, attachments, cancellationToken);
        var exported = shown.Select(s => new PersonalTask(
            s.Task.Id, s.Task.LabId, s.Task.ActivityId, s.Task.Title, s.Task.Status, Involvement(s.Task, personId), s.Task.Due, s.Task.CreatedAt, s.Task.ClosedAt,
            s.Task.Outcome, s.Answers is null ? null : Attachments.AttachmentAnswers.WithFileNames(s.Task.Form, s.Answers, names),
            [.. s.Task.Comments.Where(c => c.AuthorId == personId)], [.. s.Task.History.Where(h => IsAbout(h, personId))]));
        return ([.. exported], reads);
    }

    /// <summary>The ideas with each photo or other File answer shown by its file name, as the tasks' answers are.</summary>
    private async Task<IReadOnlyList<PersonalIdea>> WithFileNamesAsync(IReadOnlyList<PersonalIdea> ideas, CancellationToken cancellationToken)
    {
        var names = await Reports.AnswerNames.OfAsync(ideas.Select(i => i.Answers), directory, attachments, cancellationToken);
        if (names.Count == 0)
        {
            return ideas;
        }

        var named = new List<PersonalIdea>(ideas.Count);
        foreach (var idea in ideas)
        {
            named.Add(idea with { Answers = Attachments.AttachmentAnswers.WithFileNames(await IdeaFormAsync(idea.CollectionId, cancellationToken), idea.Answers, names) });
        }

        return named;
    }

    private static List<string> Involvement(LabTask task, Guid personId)
    {
        var id = personId.ToString();
        var involvement = new List<string>();
        void Add(bool when, string what)
        {
            if (when)
            {
                involvement.Add(what);
            }
        }

        Add(task.AssigneeId == personId, "assignee");
        Add(task.Candidates.Contains(personId), "candidate");
        Add(task.Informed.Contains(personId), "informed");
        Add(task.History.Any(h => h.Kind == TaskHistoryKind.Completed && h.Actor == id), "completed");
        Add(task.History.Any(h => IsAbout(h, personId)), "history");
        Add(task.Comments.Any(c => c.AuthorId == personId), "comment");
        return involvement;
    }

    private static bool IsAbout(TaskHistoryEntry entry, Guid personId) =>
        entry.Actor == personId.ToString() || entry.From == personId || entry.To == personId;

    /// <summary>Empties what is the person's in one task, written with the task's version (read again when someone changed it meanwhile).</summary>
    private async Task ScrubTaskAsync(LabTask task, Guid personId, List<string> removed, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var texts = new List<string>();
            var changed = Scrubbed(task, personId, texts);
            if (changed is null)
            {
                return;
            }

            try
            {
                await taskCommands.UpdateAsync(changed, task.Version, cancellationToken);
                removed.AddRange(texts);
                return;
            }
            catch (LabDomainException exception) when (exception.Code == LabErrors.TaskConflict && attempt < MaxAttempts)
            {
                task = await tasks.FindAsync(task.Id, cancellationToken) ?? task;
            }
        }
    }

    /// <summary>The task without the person's personal answers, comments and notes about them; <c>null</c> when there is nothing of theirs.</summary>
    private static LabTask? Scrubbed(LabTask task, Guid personId, List<string> texts)
    {
        var did = AnswerReadRule.Did(task, personId);
        var (answers, fromAnswers) = did ? PersonalAnswers.Empty(task.Answers, task.Form) : (task.Answers, []);
        var (draft, fromDraft) = did ? PersonalAnswers.Empty(task.Draft, task.Form) : (task.Draft, []);
        texts.AddRange(fromAnswers);
        texts.AddRange(fromDraft);
        var comments = task.Comments.Select(c => c.AuthorId == personId && c.Text != ErasurePlan.Removed ? c with { Text = ErasurePlan.Removed } : c).ToList();
        texts.AddRange(task.Comments.Where(c => c.AuthorId == personId && c.Text != ErasurePlan.Removed).Select(c => c.Text));

        // A completion's note is the action taken; every other note about the person is free text someone wrote.
        bool Clears(TaskHistoryEntry h) => IsAbout(h, personId) && h.Note is not null && h.Kind != TaskHistoryKind.Completed;
        texts.AddRange(task.History.Where(Clears).Select(h => h.Note!));
        var history = task.History.Select(h => Clears(h) ? h with { Note = null } : h).ToList();
        var unchanged = texts.Count == 0 && JsonNode.DeepEquals(answers, task.Answers) && JsonNode.DeepEquals(draft, task.Draft);
        return unchanged
            ? null
            : task with { Answers = answers, Draft = draft, Comments = comments, History = history };
    }

    private async Task RequireAdministratorOfAsync(Guid actorId, Guid personId, CancellationToken cancellationToken)
    {
        if (!await AdministersAsync(actorId, personId, cancellationToken))
        {
            throw new LabDomainException(LabErrors.Forbidden, GdprMessages.AdminOnly.Message);
        }
    }

    /// <summary>The administrations <paramref name="actorId"/> administers: <c>null</c> for every one (the Admin role), else their Admin memberships'.</summary>
    private async Task<IReadOnlySet<string>?> AdministeredAsync(Guid actorId, CancellationToken cancellationToken) =>
        (await organisationRoles.ListAsync(actorId, cancellationToken)).Contains(Role.Admin)
            ? null
            : (await directory.ListMembershipsAsync(actorId, cancellationToken)).Where(m => m.Role == Role.Admin).Select(m => m.AdministrationId).ToHashSet(StringComparer.Ordinal);

    private async Task<Person> FindAsync(Guid personId, CancellationToken cancellationToken) =>
        await directory.FindPersonAsync(personId, cancellationToken)
        ?? throw new LabDomainException(LabErrors.NotFound, GdprMessages.NotFound.With(("personId", personId)));
}
