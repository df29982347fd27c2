namespace LabFlow.Activities.Knowledge;

/// <summary>
/// The knowledge bank's part of a person's data rights (<see cref="Privacy.PersonalDataService"/>): the entries they
/// drafted or published go into their export; at erasure their name, and their removed free texts, are replaced in
/// the entries of the labs they were on and in the entries they wrote. The bank holds redacted snapshots checked for
/// the lab's people's names at publishing, but a draft is not checked, and a name may have been added to the lab
/// after the check, so erasure looks again, and saves each such entry again so that its search index forgets the name.
/// </summary>
public static class KnowledgePersonalData
{
    /// <summary>The entries <paramref name="personId"/> drafted or published, oldest first.</summary>
    public static async Task<IReadOnlyList<PersonalKnowledgeEntry>> ExportAsync(IKnowledgeStore store, Guid personId, CancellationToken cancellationToken) =>
        [.. (await store.ListByPersonAsync(personId, cancellationToken))
            .OrderBy(e => e.CreatedAt)
            .Select(e => new PersonalKnowledgeEntry(e.Id, e.LabId, e.Kind, e.Title, e.Text, e.CreatedBy == personId, e.PublishedBy == personId, e.CreatedAt, e.PublishedAt))];

    /// <summary>
    /// Replaces <paramref name="name"/> with <paramref name="pseudonym"/> and each of <paramref name="removedTexts"/>
    /// with <paramref name="removed"/> in the titles and texts of the entries of <paramref name="labIds"/> and of those
    /// <paramref name="personId"/> drafted or published; the ids of who wrote and published stay (they now name the pseudonym).
    /// </summary>
    public static async Task PseudonymiseAsync(
        IKnowledgeStore store,
        Guid personId,
        string name,
        string pseudonym,
        IReadOnlyList<Guid> labIds,
        IReadOnlyList<string> removedTexts,
        string removed,
        CancellationToken cancellationToken)
    {
        var entries = new Dictionary<Guid, KnowledgeEntry>();
        foreach (var entry in await store.ListByPersonAsync(personId, cancellationToken))
        {
            entries.TryAdd(entry.Id, entry);
        }

        foreach (var labId in labIds.Distinct())
        {
            foreach (var entry in await store.ListByLabAsync(labId, cancellationToken))
            {
                entries.TryAdd(entry.Id, entry);
            }
        }

        foreach (var entry in entries.Values)
        {
            var changed = entry with
            {
                Title = Replaced(entry.Title, name, pseudonym, removedTexts, removed),
                Text = Replaced(entry.Text, name, pseudonym, removedTexts, removed),
            };
            // Saved even when unchanged here: the personal-data store may already have replaced the name in the
            // entries' columns, but a search index outside the database model (SQLite's FTS5 table) still holds it
            // until the entry is saved again.
            await store.UpdateAsync(changed, cancellationToken);
        }
    }

    private static string Replaced(string text, string name, string pseudonym, IReadOnlyList<string> removedTexts, string removed)
    {
        var result = removedTexts.Aggregate(text, (t, r) => t.Replace(r, removed, StringComparison.Ordinal));
        return string.IsNullOrWhiteSpace(name) ? result : result.Replace(name, pseudonym, StringComparison.OrdinalIgnoreCase);
    }
}
