using LabFlow.Activities.Labs;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>
/// A lab's timeline read from the journal by keyset in SQL (<see cref="ILabJournalReader"/>), run on every provider:
/// newest first over at least three pages, only the events asked for, and a cursor that stays right when entries
/// are added between two pages.
/// </summary>
public abstract class LabJournalReaderContractTests : DomainStoreTestBase
{
    private static readonly JournalEvent[] Shown = [JournalEvent.ActivityCompleted, JournalEvent.WorkflowStarted];
    private static readonly DateTimeOffset Start = new(2026, 9, 7, 8, 0, 0, TimeSpan.Zero);

    [DatabaseFact]
    public async Task ListNewestFirstAsync_GivesEveryEntryOnceNewestFirst_WhenPagedWhileEntriesAreAdded()
    {
        // Arrange: entries 1–7 a minute apart (two at the same instant, ordered by sequence), and one of another event.
        var labId = Guid.NewGuid();
        await AddAsync(labId, (1, 0, JournalEvent.WorkflowStarted), (2, 1, JournalEvent.ActivityCompleted), (3, 2, JournalEvent.ActivityCompleted),
            (4, 2, JournalEvent.ActivityCompleted), (5, 3, JournalEvent.ActivitySuspended), (6, 4, JournalEvent.ActivityCompleted),
            (7, 5, JournalEvent.ActivityCompleted));
        await AddAsync(Guid.NewGuid(), (1, 6, JournalEvent.ActivityCompleted));

        // Act: a page, then an entry newer than all (it waits for a reload), then the pages after the cursor.
        var first = await PageAsync(labId, null);
        await AddAsync(labId, (8, 9, JournalEvent.ActivityCompleted));
        var second = await PageAsync(labId, KeyOf(first[^1]));
        var third = await PageAsync(labId, KeyOf(second[^1]));
        var fourth = await PageAsync(labId, KeyOf(third[^1]));

        // Assert
        Assert.Equal([7L, 6L], first.Select(e => e.Sequence));
        Assert.Equal([4L, 3L], second.Select(e => e.Sequence));
        Assert.Equal([2L, 1L], third.Select(e => e.Sequence));
        Assert.Empty(fourth);
        Assert.Equal(Start.AddMinutes(2), second[0].Timestamp);
    }

    [DatabaseFact]
    public async Task ListNewestFirstAsync_StartsAfterASkipAtTheSameInstant_WhenTheCursorIsASkip()
    {
        // Arrange: a skip (no sequence, after every entry of its instant) at minute 2.
        var labId = Guid.NewGuid();
        await AddAsync(labId, (1, 1, JournalEvent.ActivityCompleted), (2, 2, JournalEvent.ActivityCompleted), (3, 3, JournalEvent.ActivityCompleted));

        // Act
        var after = await PageAsync(labId, new LabTimelineKey(Start.AddMinutes(2), long.MaxValue, Guid.NewGuid()));

        // Assert: the entry of the skip's instant and the older one.
        Assert.Equal([2L, 1L], after.Select(e => e.Sequence));
    }

    private Task<IReadOnlyList<JournalEntry>> PageAsync(Guid labId, LabTimelineKey? before) =>
        InScopeAsync<ILabJournalReader, IReadOnlyList<JournalEntry>>(r => r.ListNewestFirstAsync(labId, Shown, before, 2, Token));

    private static LabTimelineKey KeyOf(JournalEntry entry) => new(entry.Timestamp, entry.Sequence, Guid.Empty);

    private Task AddAsync(Guid labId, params (long Sequence, int Minute, JournalEvent Event)[] entries) =>
        Node.InScopeAsync(async sp =>
        {
            await using var db = sp.GetRequiredService<LabFlowDatabase>().CreateContext();
            db.Journal.AddRange(entries.Select(e => new JournalEntryRow
            {
                InstanceId = labId,
                Sequence = e.Sequence,
                Timestamp = Start.AddMinutes(e.Minute),
                Event = e.Event.ToString(),
                Actor = "system",
                ActivityId = $"step{e.Sequence}",
            }));
            await db.SaveChangesAsync(Token);
        });
}
