using System.Collections;
using System.Runtime.InteropServices;

namespace LabFlow.Workflows.Journal;

/// <summary>
/// The journal one burst records, its entries kept inline (no object each) and handed to the commit as it is: a store
/// that reads it as a list of <see cref="JournalEntry"/> gets each entry made when it reads it (the database stores
/// write every entry once), while the in-memory store copies the records straight into what it keeps. An object per
/// entry was a tenth of the bytes a flow allocated in memory (issue 17).
/// </summary>
internal sealed class BurstJournal(Guid instanceId, int capacity) : IReadOnlyList<JournalEntry>
{
    private readonly List<JournalRecord> _records = new(capacity);

    public Guid InstanceId => instanceId;

    public int Count => _records.Count;

    public JournalEntry this[int index] => _records[index].ToEntry(instanceId);

    /// <summary>The entries as recorded, in order.</summary>
    public ReadOnlySpan<JournalRecord> Records => CollectionsMarshal.AsSpan(_records);

    public void Add(in JournalRecord record) => _records.Add(record);

    public IEnumerator<JournalEntry> GetEnumerator()
    {
        for (var index = 0; index < _records.Count; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
