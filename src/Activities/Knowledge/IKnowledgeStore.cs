namespace LabFlow.Activities.Knowledge;

/// <summary>The knowledge bank's entries and their Swedish full-text search.</summary>
public interface IKnowledgeStore
{
    Task AddAsync(KnowledgeEntry entry, CancellationToken cancellationToken);

    Task<KnowledgeEntry?> FindAsync(Guid entryId, CancellationToken cancellationToken);

    /// <summary>Replaces the entry (publishing or withdrawing it keeps the search index in step).</summary>
    Task UpdateAsync(KnowledgeEntry entry, CancellationToken cancellationToken);

    /// <summary>A lab's entries, drafts included, newest first.</summary>
    Task<IReadOnlyList<KnowledgeEntry>> ListByLabAsync(Guid labId, CancellationToken cancellationToken);

    /// <summary>The entries <paramref name="personId"/> drafted or published, for their personal-data export and erasure.</summary>
    Task<IReadOnlyList<KnowledgeEntry>> ListByPersonAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>
    /// Published entries that match <paramref name="query"/>, best match first (newest first without text), at most
    /// <paramref name="limit"/>. Drafts are never returned. The read rule is the caller's (<see cref="KnowledgeService"/>).
    /// </summary>
    Task<IReadOnlyList<KnowledgeEntry>> SearchAsync(KnowledgeSearchQuery query, int limit, CancellationToken cancellationToken);
}
