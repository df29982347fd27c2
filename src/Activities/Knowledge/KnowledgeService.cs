using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Reports;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Activities.Knowledge;

/// <summary>
/// The knowledge bank across labs and administrations, for both doors (the API and the pages). A lab's facilitator
/// (whoever manages the lab) writes entries from what the lab learned, optionally from one of its tasks, and
/// publishes them after the personal-data check; everyone signed in searches the published ones. An entry taken from
/// a step with readers of its own (<see cref="StepReaders"/>) is found only by those <see cref="AnswerReadRule"/> lets
/// read that step; an entry from an open step was deliberately published for everyone. Whoever may not read an entry
/// never gets it, its title or a snippet of it. A hit leads to its lab's Word report only for readers the report's
/// own rule lets export it (<see cref="ReportSources.MayExportAsync"/>).
/// </summary>
public sealed class KnowledgeService(
    IKnowledgeStore store,
    ILabStore labs,
    ITaskStore tasks,
    IDirectory directory,
    LabAccess access,
    AnswerReadRule readRule,
    ReportSources reports,
    IWorkflowInstanceStore instances,
    TimeProvider timeProvider)
{
    /// <summary>The phase id the flows give exploration (DESIGN's phase vocabulary): while a lab is in it, related entries are suggested.</summary>
    public const string ExplorePhase = "explore";

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

        var names = await PeopleNamesAsync(lab, cancellationToken);
        var errors = new InputErrors();
        CheckPersonalData(errors, entry, names, prefix: null);
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

    /// <summary>
    /// Entries from other labs related to the lab: sharing its target areas or the grounds of discrimination its steps
    /// named, or words of its challenge; those sharing most come first. Only entries the viewer may read.
    /// </summary>
    public async Task<IReadOnlyList<KnowledgeHit>> RelatedAsync(Guid labId, Guid viewerId, CancellationToken cancellationToken)
    {
        var lab = await labs.FindAsync(labId, cancellationToken);
        if (lab is null || !await access.CanSeeAsync(viewerId, lab, cancellationToken))
        {
            throw new LabDomainException(LabErrors.NotFound, LabMessages.NotFound.With(("labId", labId)));
        }

        var words = string.Join(' ', KnowledgeText.Words(lab.Challenge).Where(w => w.Length > 3 && !RelatedStopWords.Contains(w)));
        var grounds = await LabGroundsAsync(lab, cancellationToken);
        var queries = new List<KnowledgeSearchQuery> { new(Text: words, AnyWord: true) };
        queries.AddRange(lab.TargetAreas.Select(area => new KnowledgeSearchQuery(TargetArea: area)));
        queries.AddRange(grounds.Select(ground => new KnowledgeSearchQuery(Ground: ground)));
        var byText = new HashSet<Guid>();
        var candidates = new Dictionary<Guid, KnowledgeEntry>();
        foreach (var query in queries.Where(q => q.Text is null || q.Text.Length > 0))
        {
            foreach (var entry in await store.SearchAsync(query, KnowledgeLimits.Candidates, cancellationToken))
            {
                if (entry.LabId != labId)
                {
                    candidates.TryAdd(entry.Id, entry);
                    if (query.Text is not null)
                    {
                        byText.Add(entry.Id);
                    }
                }
            }
        }

        var ranked = candidates.Values
            .OrderByDescending(e => e.TargetAreas.Intersect(lab.TargetAreas, StringComparer.Ordinal).Count()
                + e.Grounds.Intersect(grounds, StringComparer.Ordinal).Count()
                + (byText.Contains(e.Id) ? 1 : 0))
            .ThenByDescending(e => e.PublishedAt)
            .ToList();
        return await HitsAsync(ranked, words, viewerId, KnowledgeLimits.Related, cancellationToken);
    }

    /// <summary>
    /// Related entries (<see cref="RelatedAsync"/>) while the lab is in its explore phase, for everyone who sees the
    /// lab; none in any other phase, and none for someone who may not see the lab.
    /// </summary>
    public async Task<IReadOnlyList<KnowledgeHit>> ExploreSuggestionsAsync(Guid labId, Guid viewerId, CancellationToken cancellationToken)
    {
        var lab = await labs.FindAsync(labId, cancellationToken);
        if (lab is null
            || await instances.FindAsync(labId, cancellationToken) is not { } instance
            || !instance.ActivePhases.Contains(ExplorePhase, StringComparer.Ordinal)
            || !await access.CanSeeAsync(viewerId, lab, cancellationToken))
        {
            return [];
        }

        return await RelatedAsync(labId, viewerId, cancellationToken);
    }

    /// <summary>Whether the task page of <paramref name="activityId"/> offers publishing to the bank: the step is tagged <see cref="StepTags.Handover"/>.</summary>
    public async Task<bool> OffersPublishingAsync(Guid labId, string? activityId, CancellationToken cancellationToken) =>
        activityId is not null
        && (await reports.DefinitionAsync(labId, cancellationToken))?.FindActivity(activityId) is { } step
        && StepTags.Of(step).Contains(StepTags.Handover);

    /// <summary>
    /// Publishes the drafts the facilitator chose at handover, all or none: each must pass the personal-data check
    /// (its errors keyed <c>entries[i].title</c>/<c>entries[i].text</c>), and the facilitator must confirm that
    /// personal data is removed.
    /// </summary>
    /// <exception cref="LabDomainException"><c>not_found</c>, <c>forbidden</c>, <c>invalid</c> (nothing chosen, an entry of another lab or already published, personal data found, no confirmation).</exception>
    public async Task<IReadOnlyList<KnowledgeEntry>> PublishChosenAsync(
        Guid labId, IReadOnlyList<Guid> entryIds, Guid actorId, bool confirmedNoPersonalData, CancellationToken cancellationToken)
    {
        var lab = await ManagedLabAsync(labId, actorId, cancellationToken);
        var ofLab = (await store.ListByLabAsync(labId, cancellationToken)).ToDictionary(e => e.Id);
        var names = await PeopleNamesAsync(lab, cancellationToken);
        var errors = new InputErrors();
        if (entryIds.Count == 0)
        {
            errors.Add("entries", KnowledgeMessages.NothingChosen.Message);
        }

        var chosen = new List<KnowledgeEntry>();
        foreach (var (id, i) in entryIds.Distinct().Select((id, i) => (id, i)))
        {
            if (!ofLab.TryGetValue(id, out var entry) || entry.IsPublished)
            {
                errors.Add($"entries[{i}]", KnowledgeMessages.NotADraftOfLab.With(("entryId", id), ("labId", labId)));
                continue;
            }

            CheckPersonalData(errors, entry, names, $"entries[{i}].");
            chosen.Add(entry);
        }

        if (!confirmedNoPersonalData)
        {
            errors.Add("confirmNoPersonalData", KnowledgeMessages.ConfirmNoPersonalData.Message);
        }

        errors.ThrowIfAny("The chosen knowledge bank entries cannot be published.");
        var now = timeProvider.GetUtcNow();
        var published = new List<KnowledgeEntry>(chosen.Count);
        foreach (var entry in chosen)
        {
            var done = entry with { PublishedAt = now, PublishedBy = actorId };
            await store.UpdateAsync(done, cancellationToken);
            published.Add(done);
        }

        return published;
    }

    private const int RowIdLength = 100;

    /// <summary>Words of a "Hur kan vi …?" challenge that say nothing about its subject.</summary>
    private static readonly HashSet<string> RelatedStopWords = new(StringComparer.Ordinal) { "hur", "kan", "vi", "att", "och", "för", "med", "mer", "som", "inom", "till" };

    /// <summary>The entries the reader may read, as hits, up to <paramref name="take"/>; restricted ones go through the read rule of their source step.</summary>
    private async Task<IReadOnlyList<KnowledgeHit>> HitsAsync(IReadOnlyList<KnowledgeEntry> entries, string? query, Guid readerId, int take, CancellationToken cancellationToken)
    {
        var labCache = new Dictionary<Guid, (Lab? Lab, bool Sees, bool Report)>();
        var hits = new List<KnowledgeHit>();
        foreach (var entry in entries)
        {
            if (!labCache.TryGetValue(entry.LabId, out var known))
            {
                var lab = await labs.FindAsync(entry.LabId, cancellationToken);
                var sees = lab is not null && await access.CanSeeAsync(readerId, lab, cancellationToken);
                known = (lab, sees, sees && await reports.MayExportAsync(readerId, lab!, cancellationToken));
                labCache[entry.LabId] = known;
            }

            if (entry.Restricted && !await MayReadRestrictedAsync(entry, known.Lab, readerId, cancellationToken))
            {
                continue;
            }

            hits.Add(new KnowledgeHit(entry, KnowledgeText.Snippet(entry.Text, query), known.Sees ? entry.LabId : null, known.Sees ? known.Lab!.Title : null, known.Report));
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

    private async Task<IReadOnlyList<string>> PeopleNamesAsync(Lab lab, CancellationToken cancellationToken) =>
        [.. (await directory.ListPeopleAsync([.. lab.People.Select(p => p.PersonId)], cancellationToken)).Select(p => p.Name)];

    /// <summary>The check that asks: plain personal data in the title or text is an error on that field.</summary>
    private static void CheckPersonalData(InputErrors errors, KnowledgeEntry entry, IReadOnlyList<string> names, string? prefix)
    {
        foreach (var (field, text) in new[] { ("title", entry.Title), ("text", entry.Text) })
        {
            if (PersonalDataCheck.Find(text, names) is { Count: > 0 } found)
            {
                errors.Add(prefix + field, KnowledgeMessages.PersonalDataFound.With(("found", string.Join(", ", found))));
            }
        }
    }

    /// <summary>The grounds of discrimination the lab's steps named (the <see cref="FormPresets.DiscriminationGrounds"/> answers of open steps).</summary>
    private async Task<IReadOnlyList<string>> LabGroundsAsync(Lab lab, CancellationToken cancellationToken)
    {
        var grounds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in await tasks.ListByLabAsync(lab.Id, cancellationToken))
        {
            // A step with readers of its own keeps its answers to them, so they never steer what others are shown.
            if (task.Readers is not null || task.Answers is null)
            {
                continue;
            }

            foreach (var field in AnswerBlocks.Fields(task.Form).Where(f => f.Preset == FormPresets.DiscriminationGrounds))
            {
                if (task.Answers[field.Key] is System.Text.Json.Nodes.JsonArray chosen)
                {
                    grounds.UnionWith(chosen.Select(v => v?.GetValue<string>()).OfType<string>());
                }
            }
        }

        return [.. grounds];
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
