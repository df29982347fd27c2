using LabFlow.Activities.Organisation;

namespace LabFlow.Activities.Labs;

/// <summary>A page of a lab's timeline, the names of the people its lines mention, and where the next page starts (null at the end).</summary>
public sealed record LabTimelinePage(IReadOnlyList<LabTimelineItem> Items, LabTimelineKey? Next, IReadOnlyDictionary<Guid, string> People);

/// <summary>
/// A lab's timeline a page at a time: the journal is read by keyset in the database (newest first, after the last
/// line shown), so lines added meanwhile never shift or repeat a later page; skips come from the lab's tasks, which
/// the page has read already. Takes the page's <see cref="LabOverviewModel"/>, whose loading decided that the viewer
/// may see the lab and which of its tasks.
/// </summary>
public sealed class LabTimelineQuery(ILabJournalReader journal, IDirectory directory)
{
    /// <summary>The <paramref name="take"/> lines after <paramref name="after"/> (the first page when null).</summary>
    public async Task<LabTimelinePage> PageAsync(LabOverviewModel model, LabTimelineKey? after, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        var skips = LabTimeline.SkipsOf(model.Tasks);
        var skipped = skips.Select(s => s.SkippedTask!.Id).ToHashSet();
        var found = new List<LabTimelineItem>();
        var before = after;
        while (true)
        {
            // Entries the timeline leaves out (steps nobody sees) are read and dropped, so read on until a page is full.
            var batch = await journal.ListNewestFirstAsync(model.Lab.Id, LabTimeline.ShownEvents, before, take + 1, cancellationToken);
            found.AddRange(batch.Where(e => LabTimeline.Shows(e, model.IsNamedStep, skipped)).Select(e => new LabTimelineItem(e.Timestamp, e.Sequence, e)));
            if (batch.Count <= take || found.Count > take)
            {
                break;
            }

            before = new LabTimelineKey(batch[^1].Timestamp, batch[^1].Sequence, Guid.Empty);
        }

        var lines = found
            .Concat(skips.Where(s => after is null || LabTimelineKey.Of(s).ShowsAfter(after)))
            .Order(Comparer<LabTimelineItem>.Create((a, b) => LabTimelineKey.Order(LabTimelineKey.Of(a), LabTimelineKey.Of(b))))
            .Take(take + 1)
            .ToList();
        var page = lines.Take(take).ToList();
        var next = lines.Count > take ? LabTimelineKey.Of(page[^1]) : null;
        return new LabTimelinePage(page, next, await NamesAsync(page, cancellationToken));
    }

    /// <summary>
    /// Every line from the newest through <paramref name="through"/> (what the page showed before an action), read
    /// <paramref name="pageSize"/> at a time: lines added meanwhile show, none shown drops out.
    /// </summary>
    public async Task<LabTimelinePage> ThroughAsync(LabOverviewModel model, LabTimelineKey through, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(through);
        var kept = new List<LabTimelineItem>();
        var people = new Dictionary<Guid, string>();
        var beyond = false;
        LabTimelineKey? cursor = null;
        while (true)
        {
            var page = await PageAsync(model, cursor, pageSize, cancellationToken);
            foreach (var (id, name) in page.People)
            {
                people[id] = name;
            }

            foreach (var item in page.Items)
            {
                if (LabTimelineKey.Of(item).ShowsAfter(through))
                {
                    beyond = true;
                    break;
                }

                kept.Add(item);
            }

            if (beyond || page.Next is null)
            {
                break;
            }

            cursor = page.Next;
        }

        // Nothing shown is left (the lab's lines were erased): start again from the newest.
        return kept.Count == 0 && beyond
            ? await PageAsync(model, null, pageSize, cancellationToken)
            : new LabTimelinePage(kept, beyond ? LabTimelineKey.Of(kept[^1]) : null, people);
    }

    private async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyList<LabTimelineItem> lines, CancellationToken cancellationToken)
    {
        var ids = lines
            .Select(l => l.Entry?.Actor ?? l.Skip?.Actor)
            .Select(actor => Guid.TryParse(actor, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .Distinct()
            .ToList();
        return (await directory.ListPeopleAsync(ids, cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
    }
}
