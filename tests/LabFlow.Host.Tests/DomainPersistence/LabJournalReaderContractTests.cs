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
/// are added between two pages; and the entries a step's run is measured from.
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

    [DatabaseFact]
    public async Task ListStepRunHistoryAsync_GivesTheLabsStartsAndReplansAndTheStepsStartsOldestFirst_AndNothingElse()
    {
        // Arrange: the step "work" starts twice, another step once, and another lab's "work" once.
        var labId = Guid.NewGuid();
        await AddRowsAsync(labId,
            (1, JournalEvent.WorkflowStarted, null, """{"lab":{"startDate":"2026-09-07"}}"""),
            (2, JournalEvent.ActivityStarted, "work", null),
            (3, JournalEvent.ActivityStarted, "other", null),
            (4, JournalEvent.ActivityCompleted, "work", null),
            (5, JournalEvent.WorkflowReplanned, null, """{"lab":{"startDate":"2026-09-14"}}"""),
            (6, JournalEvent.ActivityStarted, "work", null));
        await AddRowsAsync(Guid.NewGuid(), (1, JournalEvent.ActivityStarted, "work", null));

        // Act
        var history = await InScopeAsync<ILabJournalReader, IReadOnlyList<JournalEntry>>(r => r.ListStepRunHistoryAsync(labId, "work", Token));

        // Assert
        Assert.Equal([1L, 2L, 5L, 6L], history.Select(e => e.Sequence));
        Assert.Equal("2026-09-14", history[2].Data?["lab"]?["startDate"]?.GetValue<string>());
        Assert.All(history.Where(e => e.Event == JournalEvent.ActivityStarted), e => Assert.Equal("work", e.ActivityId));
    }

    private Task<IReadOnlyList<JournalEntry>> PageAsync(Guid labId, LabTimelineKey? before) =>
        InScopeAsync<ILabJournalReader, IReadOnlyList<JournalEntry>>(r => r.ListNewestFirstAsync(labId, Shown, before, 2, Token));

    private static LabTimelineKey KeyOf(JournalEntry entry) => new(entry.Timestamp, entry.Sequence, Guid.Empty);

    private Task AddAsync(Guid labId, params (long Sequence, int Minute, JournalEvent Event)[] entries) =>
        AddAsync(entries.Select(e => new JournalEntryRow
        {
            InstanceId = labId,
            Sequence = e.Sequence,
            Timestamp = Start.AddMinutes(e.Minute),
            Event = e.Event.ToString(),
            Actor = "system",
            ActivityId = $"step{e.Sequence}",
        }));

    /// <summary>Entries a minute apart, with the step and data given.</summary>
    private Task AddRowsAsync(Guid labId, params (long Sequence, JournalEvent Event, string? ActivityId, string? Data)[] entries) =>
        AddAsync(entries.Select(e => new JournalEntryRow
        {
            InstanceId = labId,
            Sequence = e.Sequence,
            Timestamp = Start.AddMinutes(e.Sequence),
            Event = e.Event.ToString(),
            Actor = "system",
            ActivityId = e.ActivityId,
            Data = e.Data,
        }));

    private Task AddAsync(IEnumerable<JournalEntryRow> rows) =>
        Node.InScopeAsync(async sp =>
        {
            await using var db = sp.GetRequiredService<LabFlowDatabase>().CreateContext();
            db.Journal.AddRange(rows);
            await db.SaveChangesAsync(Token);
        });
}
