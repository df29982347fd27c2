using System.Collections.Concurrent;

namespace LabFlow.Activities.Knowledge;

/// <summary>
/// The in-memory composition's bank. It has no stemmer: a searched word matches a word that starts with the word less
/// its last four letters (at least three), a rough stand-in for the databases' Swedish stemming.
/// </summary>
public sealed class InMemoryKnowledgeStore : IKnowledgeStore
{
    private readonly ConcurrentDictionary<Guid, KnowledgeEntry> _entries = new();

    public Task AddAsync(KnowledgeEntry entry, CancellationToken cancellationToken)
    {
        _entries[entry.Id] = entry;
        return Task.CompletedTask;
    }

    public Task<KnowledgeEntry?> FindAsync(Guid entryId, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.GetValueOrDefault(entryId));

    public Task UpdateAsync(KnowledgeEntry entry, CancellationToken cancellationToken)
    {
        _entries[entry.Id] = entry;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<KnowledgeEntry>> ListByLabAsync(Guid labId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<KnowledgeEntry>>([.. _entries.Values.Where(e => e.LabId == labId).OrderByDescending(e => e.CreatedAt)]);

    public Task<IReadOnlyList<KnowledgeEntry>> ListByPersonAsync(Guid personId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<KnowledgeEntry>>([.. _entries.Values.Where(e => e.CreatedBy == personId || e.PublishedBy == personId).OrderByDescending(e => e.CreatedAt)]);

    public Task<IReadOnlyList<KnowledgeEntry>> SearchAsync(KnowledgeSearchQuery query, int limit, CancellationToken cancellationToken)
    {
        var words = KnowledgeText.Words(query.Text).Select(w => w[..Math.Max(3, Math.Min(w.Length, w.Length - 4))]).ToList();
        return Task.FromResult<IReadOnlyList<KnowledgeEntry>>([.. _entries.Values
            .Where(e => e.IsPublished && KnowledgeText.Matches(e, query))
            .Where(e =>
            {
                var text = KnowledgeText.Words(e.Title + " " + e.Text).ToList();
                bool Found(string word) => text.Any(t => t.StartsWith(word, StringComparison.Ordinal));
                return words.Count == 0 || (query.AnyWord ? words.Any(Found) : words.All(Found));
            })
            .OrderByDescending(e => e.PublishedAt)
            .Take(limit)]);
    }
}
