using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Knowledge;

/// <summary>
/// The knowledge bank across labs and administrations, for both doors (the API and the pages). A lab's facilitator
/// (whoever manages the lab) writes entries from what the lab learned, optionally from one of its tasks, and
/// publishes them after the personal-data check; everyone signed in searches the published ones. An entry taken from
/// a step with readers of its own (<see cref="StepReaders"/>) is found only by those <see cref="AnswerReadRule"/> lets
/// read that step; an entry from an open step was deliberately published for everyone. Whoever may not read an entry
/// never gets it, its title or a snippet of it.
/// </summary>
public sealed class KnowledgeService(
    IKnowledgeStore store,
    ILabStore labs,
    ITaskStore tasks,
    IDirectory directory,
    LabAccess access,
    AnswerReadRule readRule,
    TimeProvider timeProvider)
{
    /// <summary>Adds a draft entry to the lab; it is found by nobody until published.</summary>
    /// <exception cref="LabDomainException"><c>not_found</c>, <c>forbidden</c> unless the caller manages the lab, <c>invalid</c> with every field's error.</exception>
    public async Task<KnowledgeEntry> DraftAsync(Guid labId, Guid actorId, KnowledgeEntryInput input, CancellationToken cancellationToken)
    {
        var lab = await ManagedLabAsync(labId, actorId, cancellationToken);
        var errors = new InputErrors()
            .RequireDefined("kind", input.Kind)
            .RequireText("title", input.Title, KnowledgeLimits.TitleLength, "a title")
            .RequireText("text", input.Text, KnowledgeLimits.TextLength, "the text");
        RequireKnown(errors, "targetAreas", input.TargetAreas, FormPresets.EqualityTargetAreaOptions);
        RequireKnown(errors, "grounds", input.Grounds, FormPresets.DiscriminationGroundOptions);
        errors.LimitText("phase", input.Phase, RowIdLength, "the phase");

        LabTask? source = null;
        if (input.SourceTaskId is { } taskId)
        {
            source = await tasks.FindAsync(taskId, cancellationToken);
            if (source is null || source.LabId != lab.Id)
            {
                errors.Add("sourceTaskId", KnowledgeMessages.SourceNotInLab.With(("taskId", taskId), ("labId", lab.Id)));
            }
            else if (!await MayReadAsync(source, lab, actorId, cancellationToken))
            {
                errors.Add("sourceTaskId", KnowledgeMessages.SourceNotReadable.With(("taskId", taskId)));
            }
        }

        errors.ThrowIfAny("The knowledge bank entry cannot be saved.");
        var entry = new KnowledgeEntry(
            Guid.NewGuid(),
            lab.Id,
            lab.AdministrationId,
            input.Kind,
            input.Title!.Trim(),
            input.Text!.Trim(),
            source?.Id,
            source?.ActivityId,
            source?.Readers is not null,
            Trimmed(input.Phase) ?? source?.Phase,
            lab.StartDate.Year,
            [.. (input.TargetAreas ?? lab.TargetAreas).Distinct(StringComparer.Ordinal)],
            [.. (input.Grounds ?? []).Distinct(StringComparer.Ordinal)],
            actorId,
            timeProvider.GetUtcNow());
        await store.AddAsync(entry, cancellationToken);
        return entry;
    }

    /// <summary>
    /// Publishes a draft to the bank. The check asks: the text must show no plain personal data (an email address,
    /// an identity number, a phone number, a name of the lab's people), and the facilitator must confirm that
    /// personal data is removed.
    /// </summary>
    /// <exception cref="LabDomainException"><c>not_found</c>, <c>forbidden</c>, <c>invalid</c> (personal data found, no confirmation), <c>conflict</c> when already published.</exception>
    public async Task<KnowledgeEntry> PublishAsync(Guid entryId, Guid actorId, bool confirmedNoPersonalData, CancellationToken cancellationToken)
    {
        var entry = await store.FindAsync(entryId, cancellationToken) ?? throw EntryNotFound(entryId);
        var lab = await ManagedLabAsync(entry.LabId, actorId, cancellationToken);
        if (entry.IsPublished)
        {
            throw new LabDomainException(LabErrors.Conflict, KnowledgeMessages.AlreadyPublished.With(("entryId", entryId)));
        }

        var names = (await directory.ListPeopleAsync([.. lab.People.Select(p => p.PersonId)], cancellationToken)).Select(p => p.Name).ToList();
        var errors = new InputErrors();
        foreach (var (field, text) in new[] { ("title", entry.Title), ("text", entry.Text) })
        {
            if (PersonalDataCheck.Find(text, names) is { Count: > 0 } found)
            {
                errors.Add(field, KnowledgeMessages.PersonalDataFound.With(("found", string.Join(", ", found))));
            }
        }

        if (!confirmedNoPersonalData)
        {
            errors.Add("confirmNoPersonalData", KnowledgeMessages.ConfirmNoPersonalData.Message);
        }

        errors.ThrowIfAny("The knowledge bank entry cannot be published.");
        var published = entry with { PublishedAt = timeProvider.GetUtcNow(), PublishedBy = actorId };
        await store.UpdateAsync(published, cancellationToken);
        return published;
    }

    /// <summary>Takes a published entry out of the bank (it becomes a draft of its lab again).</summary>
    public async Task<KnowledgeEntry> WithdrawAsync(Guid entryId, Guid actorId, CancellationToken cancellationToken)
    {
        var entry = await store.FindAsync(entryId, cancellationToken) ?? throw EntryNotFound(entryId);
        await ManagedLabAsync(entry.LabId, actorId, cancellationToken);
        var withdrawn = entry with { PublishedAt = null, PublishedBy = null };
        await store.UpdateAsync(withdrawn, cancellationToken);
        return withdrawn;
    }

    /// <summary>The lab's entries, drafts included, for those who manage it.</summary>
    public async Task<IReadOnlyList<KnowledgeEntry>> ListForLabAsync(Guid labId, Guid viewerId, CancellationToken cancellationToken)
    {
        await ManagedLabAsync(labId, viewerId, cancellationToken);
        return await store.ListByLabAsync(labId, cancellationToken);
    }

    /// <summary>Whether <paramref name="personId"/> manages the lab (and so writes its entries).</summary>
    public async Task<bool> CanPublishAsync(Guid labId, Guid personId, CancellationToken cancellationToken) =>
        await labs.FindAsync(labId, cancellationToken) is { } lab && await access.CanManageAsync(personId, lab, cancellationToken);

    /// <summary>Published entries that match, as <paramref name="readerId"/> may read them, best first.</summary>
    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(KnowledgeSearchQuery query, Guid readerId, CancellationToken cancellationToken)
    {
        var text = query.Text?.Trim() is { Length: > 0 } given ? given[..Math.Min(given.Length, KnowledgeLimits.QueryLength)] : null;
        var candidates = await store.SearchAsync(query with { Text = text }, KnowledgeLimits.Candidates, cancellationToken);
        return await HitsAsync(candidates, text, readerId, KnowledgeLimits.Results, cancellationToken);
    }

    /// <summary>One published entry, when <paramref name="readerId"/> may read it.</summary>
    /// <exception cref="LabDomainException"><c>not_found</c> for an entry that is not published or that the reader may not read (the same answer, so nothing is given away).</exception>
    public async Task<KnowledgeHit> GetAsync(Guid entryId, Guid readerId, CancellationToken cancellationToken)
    {
        var entry = await store.FindAsync(entryId, cancellationToken);
        if (entry is null)
        {
            throw EntryNotFound(entryId);
        }

        var draftOfOwnLab = !entry.IsPublished && await CanPublishAsync(entry.LabId, readerId, cancellationToken);
        if (!entry.IsPublished && !draftOfOwnLab)
        {
            throw EntryNotFound(entryId);
        }

        var hit = (await HitsAsync([entry], null, readerId, 1, cancellationToken)).SingleOrDefault();
        return hit is null ? throw EntryNotFound(entryId) : hit with { Snippet = entry.Text };
    }

    /// <summary>Entries from other labs related to the lab's challenge and target areas, for its explore phase.</summary>
    public async Task<IReadOnlyList<KnowledgeHit>> RelatedAsync(Guid labId, Guid viewerId, CancellationToken cancellationToken)
    {
        var lab = await labs.FindAsync(labId, cancellationToken);
        if (lab is null || !await access.CanSeeAsync(viewerId, lab, cancellationToken))
        {
            throw new LabDomainException(LabErrors.NotFound, LabMessages.NotFound.With(("labId", labId)));
        }

        var words = string.Join(' ', KnowledgeText.Words(lab.Challenge).Where(w => w.Length > 3 && !RelatedStopWords.Contains(w)));
        var candidates = (await store.SearchAsync(new KnowledgeSearchQuery(Text: words, AnyWord: true), KnowledgeLimits.Candidates, cancellationToken))
            .Where(e => e.LabId != labId)
            .OrderByDescending(e => e.TargetAreas.Intersect(lab.TargetAreas, StringComparer.Ordinal).Count())
            .ToList();
        return await HitsAsync(candidates, words, viewerId, KnowledgeLimits.Related, cancellationToken);
    }

    private const int RowIdLength = 100;

    /// <summary>Words of a "Hur kan vi …?" challenge that say nothing about its subject.</summary>
    private static readonly HashSet<string> RelatedStopWords = new(StringComparer.Ordinal) { "hur", "kan", "vi", "att", "och", "för", "med", "mer", "som", "inom", "till" };

    /// <summary>The entries the reader may read, as hits, up to <paramref name="take"/>; restricted ones go through the read rule of their source step.</summary>
    private async Task<IReadOnlyList<KnowledgeHit>> HitsAsync(IReadOnlyList<KnowledgeEntry> entries, string? query, Guid readerId, int take, CancellationToken cancellationToken)
    {
        var labCache = new Dictionary<Guid, (Lab? Lab, bool Sees)>();
        var hits = new List<KnowledgeHit>();
        foreach (var entry in entries)
        {
            if (!labCache.TryGetValue(entry.LabId, out var known))
            {
                var lab = await labs.FindAsync(entry.LabId, cancellationToken);
                known = (lab, lab is not null && await access.CanSeeAsync(readerId, lab, cancellationToken));
                labCache[entry.LabId] = known;
            }

            if (entry.Restricted && !await MayReadRestrictedAsync(entry, known.Lab, readerId, cancellationToken))
            {
                continue;
            }

            hits.Add(new KnowledgeHit(entry, KnowledgeText.Snippet(entry.Text, query), known.Sees ? entry.LabId : null, known.Sees ? known.Lab!.Title : null));
            if (hits.Count == take)
            {
                break;
            }
        }

        return hits;
    }

    /// <summary>An entry from a step with its own readers: only those readers find it; when the task or the lab is gone, nobody does.</summary>
    private async Task<bool> MayReadRestrictedAsync(KnowledgeEntry entry, Lab? lab, Guid readerId, CancellationToken cancellationToken) =>
        lab is not null
        && entry.SourceTaskId is { } taskId
        && await tasks.FindAsync(taskId, cancellationToken) is { } task
        && await MayReadAsync(task, lab, readerId, cancellationToken);

    private async Task<bool> MayReadAsync(LabTask task, Lab lab, Guid personId, CancellationToken cancellationToken)
    {
        var reader = await readRule.ReaderAsync(personId, lab, cancellationToken);
        return AnswerReadRule.MayRead(task, reader, [task])
            || (task.ActivityId is not null && AnswerReadRule.MayRead(task, reader, await tasks.ListByLabAsync(lab.Id, cancellationToken)));
    }

    private async Task<Lab> ManagedLabAsync(Guid labId, Guid actorId, CancellationToken cancellationToken)
    {
        var lab = await labs.FindAsync(labId, cancellationToken)
            ?? throw new LabDomainException(LabErrors.NotFound, LabMessages.NotFound.With(("labId", labId)));
        return await access.CanManageAsync(actorId, lab, cancellationToken)
            ? lab
            : throw new LabDomainException(LabErrors.Forbidden, KnowledgeMessages.ManagersOnly.With(("labId", labId)));
    }

    private static void RequireKnown(InputErrors errors, string field, IReadOnlyList<string>? values, IReadOnlyList<FormOption> options)
    {
        foreach (var value in values ?? [])
        {
            if (!options.Any(o => string.Equals(o.Value, value, StringComparison.Ordinal)))
            {
                errors.Add(field, KnowledgeMessages.UnknownTag.With(("value", InputErrors.Shortened(value)), ("choices", string.Join(", ", options.Select(o => o.Value)))));
            }
        }
    }

    private static LabDomainException EntryNotFound(Guid entryId) =>
        new(LabErrors.NotFound, KnowledgeMessages.EntryNotFound.With(("entryId", entryId)));

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
