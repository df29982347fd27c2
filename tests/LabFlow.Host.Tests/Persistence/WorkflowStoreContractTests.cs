using System.Text.Json.Nodes;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Outbox;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Persistence;
using LabFlow.Workflows.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Persistence;

/// <summary>The contract of the EF Core stores, written once and run against every provider.</summary>
public abstract class WorkflowStoreContractTests : StoreTestBase
{
    [DatabaseFact]
    public async Task SaveDraftAsync_ReplacesTheDraft_WhenSavedTwice()
    {
        var definition = WorkflowDefinitionSerializer.Deserialize(TestFlows.WaitOnce);

        await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>().SaveDraftAsync(definition, Node.Token));
        await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>().SaveDraftAsync(definition with { Name = LocalizedText.Of("Ändrad", "Changed") }, Node.Token));
        var draft = await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>().FindDraftAsync("wait-once", Node.Token));

        Assert.NotNull(draft);
        Assert.Equal("Ändrad", draft.Name.ByCulture["sv"]);
        Assert.Equal(definition.Activities.Count, draft.Activities.Count);
    }

    [DatabaseFact]
    public async Task PublishAsync_NumbersVersionsAndKeepsSourceAndHash_WhenPublishedTwice()
    {
        var definition = WorkflowDefinitionSerializer.Deserialize(TestFlows.WaitOnce);

        var first = await Publish(definition, "file:wait-once.json", "hash-1");
        var second = await Publish(definition, "designer@example.org", null);
        var versions = await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>().ListVersionsAsync("wait-once", Node.Token));

        Assert.Equal(1, first.Definition.Version);
        Assert.Equal(2, second.Definition.Version);
        Assert.Equal([1, 2], versions.Select(v => v.Definition.Version));
        Assert.Equal("file:wait-once.json", versions[0].Source);
        Assert.Equal("hash-1", versions[0].ContentHash);
        Assert.Equal(LabFlowTestNode.StartTime, versions[0].PublishedAt);
        Assert.Equal(WorkflowDefinitionSerializer.Serialize(definition with { Version = 2 }), WorkflowDefinitionSerializer.Serialize(versions[1].Definition));
    }

    [DatabaseFact]
    public async Task FindLatestAsync_SkipsRetractedVersions_WhenTheNewestIsRetracted()
    {
        var definition = WorkflowDefinitionSerializer.Deserialize(TestFlows.WaitOnce);
        await Publish(definition, null, null);
        await Publish(definition, null, null);

        await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>().RetractAsync("wait-once", 2, Node.Token));
        var latest = await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>().FindLatestAsync("wait-once", Node.Token));
        var retracted = await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>().FindVersionAsync("wait-once", 2, Node.Token));
        var listed = await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>().ListLatestAsync(Node.Token));

        Assert.Equal(1, latest!.Definition.Version);
        Assert.True(retracted!.IsRetracted);
        Assert.Equal(1, Assert.Single(listed).Definition.Version);
    }

    [DatabaseFact]
    public async Task RetractAsync_SaysWhatIsMissing_WhenTheVersionDoesNotExist()
    {
        var exception = await Assert.ThrowsAsync<WorkflowException>(() =>
            Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>().RetractAsync("nothing", 3, Node.Token)));

        Assert.Equal("Flow 'nothing' has no published version 3 to retract. Check the flow id and version.", exception.Message);
    }

    [DatabaseFact]
    public async Task StartAsync_StoresInstanceBookmarksJournalAndDispatchedOutbox_WhenTheLabWaits()
    {
        await Node.PublishAsync(TestFlows.SignalAndTimer);

        var started = await Node.StartAsync("signal-and-timer");

        var instance = await Node.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal(["wait"], instance.ActivePhases);
        Assert.Equal(1, instance.ConcurrencyToken);
        Assert.Equal(2, instance.State.Tokens.Count);
        var bookmarks = await Node.BookmarksAsync(started.InstanceId);
        Assert.Equal(["answer", "delay"], bookmarks.Select(b => b.ActivityId).Order());
        var timer = Assert.Single(bookmarks, b => b.Kind == BookmarkKinds.Timer);
        Assert.Equal(LabFlowTestNode.StartTime.AddDays(3), timer.DueAt);
        var bySignal = await Node.InScopeAsync(sp => sp.GetRequiredService<IBookmarkStore>().ListByKeyAsync(BookmarkKinds.Signal, "answer", Node.Token));
        Assert.Equal(started.InstanceId, Assert.Single(bySignal).InstanceId);
        var journal = await Node.JournalAsync(started.InstanceId);
        Assert.Equal(JournalEvent.WorkflowStarted, journal[0].Event);
        Assert.Equal(Enumerable.Range(1, journal.Count).Select(i => (long)i), journal.Select(e => e.Sequence));
        Assert.Equal("signal-and-timer", journal[0].Data!["definitionId"]!.GetValue<string>());
        var scheduled = Assert.IsType<ScheduleTimer>(Assert.Single(Dispatcher.Dispatched));
        Assert.Equal(timer.Id, scheduled.BookmarkId);
        var outbox = await Node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().Outbox.AsNoTracking().ToListAsync(Node.Token));
        var row = Assert.Single(outbox);
        Assert.Equal(scheduled.Id, row.EffectId);
        Assert.Equal(LabFlowTestNode.StartTime, row.DispatchedAt);
    }

    [DatabaseFact]
    public async Task ListDueTimersAsync_ReturnsOnlyDueTimersOldestFirst_WhenSeveralWait()
    {
        await Node.PublishAsync(TestFlows.SignalAndTimer);
        var first = await Node.StartAsync("signal-and-timer");
        Node.Time.Advance(TimeSpan.FromHours(1));
        var second = await Node.StartAsync("signal-and-timer");

        var none = await Node.InScopeAsync(sp => sp.GetRequiredService<IBookmarkStore>().ListDueTimersAsync(LabFlowTestNode.StartTime.AddDays(2), 10, Node.Token));
        var both = await Node.InScopeAsync(sp => sp.GetRequiredService<IBookmarkStore>().ListDueTimersAsync(LabFlowTestNode.StartTime.AddDays(4), 10, Node.Token));
        var one = await Node.InScopeAsync(sp => sp.GetRequiredService<IBookmarkStore>().ListDueTimersAsync(LabFlowTestNode.StartTime.AddDays(4), 1, Node.Token));

        Assert.Empty(none);
        Assert.Equal([first.InstanceId, second.InstanceId], both.Select(b => b.InstanceId));
        Assert.Equal(first.InstanceId, Assert.Single(one).InstanceId);
    }

    [DatabaseFact]
    public async Task ResumeAsync_KeepsTheConsumedBookmark_SoASecondResumeSaysAlreadyDone()
    {
        await Node.PublishAsync(TestFlows.WaitOnce);
        var started = await Node.StartAsync("wait-once");
        var bookmark = await Node.BookmarkAtAsync(started.InstanceId, "wait");

        var first = await Node.ResumeAsync(bookmark.Id, new JsonObject { ["ok"] = true });
        var second = await Node.ResumeAsync(bookmark.Id);

        Assert.Equal(ResumeOutcome.Resumed, first.Outcome);
        Assert.Equal(ResumeOutcome.AlreadyConsumed, second.Outcome);
        Assert.Equal($"Bookmark {bookmark.Id} was already resumed or closed; nothing was done.", second.Message);
        var consumed = await Node.InScopeAsync(sp => sp.GetRequiredService<IBookmarkStore>().FindConsumedAsync(bookmark.Id, Node.Token));
        Assert.Equal(bookmark, consumed);
        Assert.Null(await Node.InScopeAsync(sp => sp.GetRequiredService<IBookmarkStore>().FindAsync(bookmark.Id, Node.Token)));
        var instance = await Node.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(LabFlowTestNode.StartTime, instance.FinishedAt);
        Assert.Empty(instance.ActivePhases);
        Assert.Equal(1, instance.State.Variables["continued"]!.GetValue<double>());
        Assert.True(instance.State.Outputs["wait"]!["ok"]!.GetValue<bool>());
    }

    [DatabaseFact]
    public async Task CommitAsync_ThrowsConcurrencyConflictAndWritesNothing_WhenTheTokenIsStale()
    {
        var (instance, bookmark) = await StartWaitingLabAsync();
        var stale = Commit(instance with { ConcurrencyToken = 2 }, expected: 0, added: [NewBookmark(instance.Id)], consumed: [], journalSequence: 50);

        var exception = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => CommitAsync(stale));

        Assert.Equal($"Lab instance {instance.Id} was changed by someone else while this step ran (expected version 0). Reload and try again.", exception.Message);
        Assert.Equal(bookmark, Assert.Single(await Node.BookmarksAsync(instance.Id)));
        Assert.DoesNotContain(await Node.JournalAsync(instance.Id), e => e.Sequence == 50);
        Assert.Equal(1, (await Node.InstanceAsync(instance.Id)).ConcurrencyToken);
    }

    [DatabaseFact]
    public async Task CommitAsync_ThrowsConcurrencyConflict_WhenTheInstanceIsCreatedTwice()
    {
        var (instance, _) = await StartWaitingLabAsync();

        var exception = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => CommitAsync(Commit(instance, expected: null, added: [], consumed: [], journalSequence: 60)));

        Assert.Equal(instance.Id, exception.InstanceId);
    }

    [DatabaseFact]
    public async Task CommitAsync_LetsOneOfTwoConcurrentCommitsWin_WhenBothExpectTheSameToken()
    {
        var (instance, _) = await StartWaitingLabAsync();
        var first = Commit(instance with { ConcurrencyToken = 2 }, expected: 1, added: [NewBookmark(instance.Id)], consumed: [], journalSequence: 100);
        var second = Commit(instance with { ConcurrencyToken = 2 }, expected: 1, added: [NewBookmark(instance.Id)], consumed: [], journalSequence: 101);

        var outcomes = await Task.WhenAll(CommitOrConflictAsync(first), CommitOrConflictAsync(second));

        Assert.Single(outcomes, conflict => conflict is null);
        Assert.Single(outcomes, conflict => conflict is not null);
        Assert.Equal(2, (await Node.InstanceAsync(instance.Id)).ConcurrencyToken);
        Assert.Single(await Node.JournalAsync(instance.Id), e => e.Sequence is 100 or 101);
    }

    [DatabaseFact]
    public async Task CommitAsync_LeavesTheConnectionFullAndTheRowsReadableOnAFreshConnection_WhenOneBurstRolledBackAndOneCommitted()
    {
        // On SQLite a burst commits with synchronous=NORMAL and waits for a group flush of the WAL; every other write
        // on the pooled connection must find FULL again, after a commit and after a rollback (issue 17).
        var (instance, _) = await StartWaitingLabAsync();
        var stale = Commit(instance with { ConcurrencyToken = 2 }, expected: 0, added: [NewBookmark(instance.Id)], consumed: [], journalSequence: 120);
        var working = Commit(instance with { ConcurrencyToken = 2 }, expected: 1, added: [NewBookmark(instance.Id)], consumed: [], journalSequence: 121);

        var (before, afterRollback, afterCommit) = await Node.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LabFlowDbContext>();
            var commits = sp.GetRequiredService<IWorkflowCommitStore>();
            var before = await SynchronousAsync(db);
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => commits.CommitAsync(stale, Node.Token));
            var afterRollback = await SynchronousAsync(db);
            await commits.CommitAsync(working, Node.Token);
            return (before, afterRollback, await SynchronousAsync(db));
        });
        await using var other = await CreateNode().PrepareAsync();
        var read = await other.InstanceAsync(instance.Id);
        var journal = await other.JournalAsync(instance.Id);

        Assert.Equal(Database.Provider == DatabaseProviders.Sqlite ? 2L : null, before); // 2 is FULL
        Assert.Equal(before, afterRollback);
        Assert.Equal(before, afterCommit);
        Assert.Equal(2, read.ConcurrencyToken);
        Assert.Contains(journal, e => e.Sequence == 121);
        Assert.DoesNotContain(journal, e => e.Sequence == 120);
    }

    [DatabaseFact]
    public async Task CommitAsync_Commits_WhenAnEarlierCommitInTheSameScopeFailedOnItsBookmarkInsert()
    {
        // The second commit runs the same statements as the first (on SQLite the same prepared commands, kept with the
        // pooled context), after the first failed inside its multi-row INSERT on the bookmark's key and rolled back.
        var (instance, bookmark) = await StartWaitingLabAsync();
        var duplicate = Commit(instance with { ConcurrencyToken = 2 }, expected: 1, added: [bookmark], consumed: [], journalSequence: 110);
        var working = Commit(instance with { ConcurrencyToken = 2 }, expected: 1, added: [NewBookmark(instance.Id)], consumed: [], journalSequence: 111);

        var failure = await Node.InScopeAsync(async sp =>
        {
            var commits = sp.GetRequiredService<IWorkflowCommitStore>();
            var error = await Record.ExceptionAsync(() => commits.CommitAsync(duplicate, Node.Token));
            await commits.CommitAsync(working, Node.Token);
            return error;
        });

        Assert.True(DbErrors.IsUniqueViolation(failure!));
        Assert.Equal(2, (await Node.InstanceAsync(instance.Id)).ConcurrencyToken);
        Assert.Equal(2, (await Node.BookmarksAsync(instance.Id)).Count);
        var journal = await Node.JournalAsync(instance.Id);
        Assert.Contains(journal, e => e.Sequence == 111);
        Assert.DoesNotContain(journal, e => e.Sequence == 110);
    }

    [DatabaseFact]
    public async Task CommitAsync_RunsTheSameInsertInTheNextScope_WhenABurstFailedInItsJournalInsertAndRolledBack()
    {
        // On SQLite a burst's multi-row INSERTs are native statements kept with the pooled context's connection (issue
        // 17): the one that failed must come back reset, with its transaction rolled back, so that the next scope (on the
        // same connection) runs that statement again and nothing of the failed burst is kept.
        var (instance, _) = await StartWaitingLabAsync();
        var taken = (await Node.JournalAsync(instance.Id))[0].Sequence;
        var failing = Commit(instance with { ConcurrencyToken = 2 }, expected: 1, added: [NewBookmark(instance.Id)], consumed: [], journalSequence: 0)
            with { JournalEntries = [Entry(instance.Id, 300, "failed"), Entry(instance.Id, taken, "failed")] };
        var working = Commit(instance with { ConcurrencyToken = 2 }, expected: 1, added: [NewBookmark(instance.Id)], consumed: [], journalSequence: 0)
            with { JournalEntries = [Entry(instance.Id, 300, "kept"), Entry(instance.Id, 302, "kept")] };

        var (failure, transactionLeftOpen) = await Node.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LabFlowDbContext>();
            var error = await Record.ExceptionAsync(() => sp.GetRequiredService<IWorkflowCommitStore>().CommitAsync(failing, Node.Token));
            return (error, HasTransaction(db));
        });
        await CommitAsync(working);

        Assert.True(DbErrors.IsUniqueViolation(failure!));
        Assert.False(transactionLeftOpen);
        Assert.Equal(2, (await Node.InstanceAsync(instance.Id)).ConcurrencyToken);
        Assert.Equal(2, (await Node.BookmarksAsync(instance.Id)).Count);
        var journal = await Node.JournalAsync(instance.Id);
        Assert.Equal([(300L, "kept"), (302L, "kept")], journal.Where(e => e.Sequence >= 300).Select(e => (e.Sequence, e.Message)));
        Assert.DoesNotContain(journal, e => e.Message == "failed");
    }

    [DatabaseFact]
    public async Task CommitAsync_Commits_WhenTheContextsConnectionWasClosedSinceTheScopesLastCommit()
    {
        // SQLite's native statements belong to the connection they were prepared on: closing it (as happens to a pooled
        // context's connection that went back with a reader or transaction open) finalises them, and the next commit
        // prepares them again on the reopened connection.
        var (instance, _) = await StartWaitingLabAsync();
        var first = Commit(instance with { ConcurrencyToken = 2 }, expected: 1, added: [NewBookmark(instance.Id)], consumed: [], journalSequence: 0)
            with { JournalEntries = [Entry(instance.Id, 310, "first"), Entry(instance.Id, 312, "first")] };
        var second = Commit(instance with { ConcurrencyToken = 3 }, expected: 2, added: [NewBookmark(instance.Id)], consumed: [], journalSequence: 0)
            with { JournalEntries = [Entry(instance.Id, 320, "second"), Entry(instance.Id, 322, "second")] };

        await Node.InScopeAsync(async sp =>
        {
            var commits = sp.GetRequiredService<IWorkflowCommitStore>();
            await commits.CommitAsync(first, Node.Token);
            await sp.GetRequiredService<LabFlowDbContext>().Database.GetDbConnection().CloseAsync();
            await commits.CommitAsync(second, Node.Token);
        });

        Assert.Equal(3, (await Node.InstanceAsync(instance.Id)).ConcurrencyToken);
        Assert.Equal(3, (await Node.BookmarksAsync(instance.Id)).Count);
        Assert.Equal(
            [(310L, "first"), (312L, "first"), (320L, "second"), (322L, "second")],
            (await Node.JournalAsync(instance.Id)).Where(e => e.Sequence >= 300).Select(e => (e.Sequence, e.Message)));
    }

    [DatabaseFact]
    public async Task CommitAsync_ThrowsAlreadyConsumedAndRollsTheInstanceBack_WhenTheBookmarkWasConsumed()
    {
        var (instance, bookmark) = await StartWaitingLabAsync();
        await CommitAsync(Commit(instance with { ConcurrencyToken = 2 }, expected: 1, added: [], consumed: [bookmark.Id], journalSequence: 70));
        var current = await Node.InstanceAsync(instance.Id);
        var again = Commit(current with { ConcurrencyToken = 3, Status = WorkflowStatus.Cancelled }, expected: 2, added: [NewBookmark(instance.Id)], consumed: [bookmark.Id], journalSequence: 71);

        var exception = await Assert.ThrowsAsync<BookmarkAlreadyConsumedException>(() => CommitAsync(again));

        Assert.Equal($"Bookmark {bookmark.Id} was already resumed; this step has already been done.", exception.Message);
        var after = await Node.InstanceAsync(instance.Id);
        Assert.Equal(2, after.ConcurrencyToken);
        Assert.Equal(WorkflowStatus.Suspended, after.Status);
        Assert.Empty(await Node.BookmarksAsync(instance.Id));
        Assert.DoesNotContain(await Node.JournalAsync(instance.Id), e => e.Sequence == 71);
    }

    [DatabaseFact]
    public async Task CommitAsync_RefusesAStaleTokenAndAConsumedBookmark_WhenTheScopesPreviousStatementChangedOneRow()
    {
        // On SQLite the instance's UPDATE and the bookmark's consume are native statements bound by index, and the rows
        // they changed are SQLite's count of the last write on the connection: a refused check must read its own 0, not
        // the 1 of the statement before it (the previous burst's journal INSERT, this burst's instance UPDATE).
        var (instance, bookmark) = await StartWaitingLabAsync();
        var working = Commit(instance with { ConcurrencyToken = 2 }, expected: 1, added: [], consumed: [bookmark.Id], journalSequence: 130);
        var stale = Commit(instance with { ConcurrencyToken = 3 }, expected: 1, added: [], consumed: [], journalSequence: 131);
        var consumedAgain = Commit(instance with { ConcurrencyToken = 3 }, expected: 2, added: [], consumed: [bookmark.Id], journalSequence: 132);
        var next = Commit(instance with { ConcurrencyToken = 3 }, expected: 2, added: [], consumed: [], journalSequence: 133);

        var (conflict, alreadyConsumed) = await Node.InScopeAsync(async sp =>
        {
            var commits = sp.GetRequiredService<IWorkflowCommitStore>();
            await commits.CommitAsync(working, Node.Token);
            var conflict = await CommitOrConflictAsync(() => commits.CommitAsync(stale, Node.Token));
            var alreadyConsumed = await Record.ExceptionAsync(() => commits.CommitAsync(consumedAgain, Node.Token));
            await commits.CommitAsync(next, Node.Token);
            return (conflict, alreadyConsumed);
        });

        Assert.Equal(instance.Id, conflict!.InstanceId);
        Assert.IsType<BookmarkAlreadyConsumedException>(alreadyConsumed);
        Assert.Equal(3, (await Node.InstanceAsync(instance.Id)).ConcurrencyToken);
        Assert.Equal([130L, 133L], (await Node.JournalAsync(instance.Id)).Where(e => e.Sequence >= 130).Select(e => e.Sequence));
    }

    [DatabaseFact]
    public async Task CommitAsync_WritesEffectRowsInTheSameTransaction_AndNoneWhenAWriterFails()
    {
        var (instance, _) = await StartWaitingLabAsync();
        var failing = Commit(instance with { ConcurrencyToken = 2 }, expected: 1, added: [NewBookmark(instance.Id)], consumed: [], journalSequence: 80)
            with { Effects = [new DraftEffect(Guid.NewGuid(), "written"), new DraftEffect(Guid.NewGuid(), "broken", Throw: true), new CancelTimer(Guid.NewGuid(), instance.Id, Guid.NewGuid())] };
        var working = failing with { Effects = [new DraftEffect(Guid.NewGuid(), "written")] };

        await Assert.ThrowsAsync<InvalidOperationException>(() => CommitAsync(failing));
        var draftsAfterFailure = await DraftIdsAsync();
        var outboxAfterFailure = await Node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().Outbox.CountAsync(Node.Token));
        var tokenAfterFailure = (await Node.InstanceAsync(instance.Id)).ConcurrencyToken;
        await CommitAsync(working);

        Assert.Empty(draftsAfterFailure);
        Assert.Equal(0, outboxAfterFailure);
        Assert.Equal(1, tokenAfterFailure);
        Assert.Equal(["written"], await DraftIdsAsync());
        Assert.Equal(2, (await Node.InstanceAsync(instance.Id)).ConcurrencyToken);
    }

    [DatabaseFact]
    public async Task CommitAsync_WritesTheCommittedPhases_WhenTheyAreUnchangedMovedOrEmptied()
    {
        var (instance, _) = await StartWaitingLabAsync();
        var unchanged = Commit(instance with { ConcurrencyToken = 2 }, expected: 1, added: [], consumed: [], journalSequence: 90);
        var moved = Commit(instance with { ConcurrencyToken = 3, ActivePhases = ["review", "prepare"] }, expected: 2, added: [], consumed: [], journalSequence: 91);
        var emptied = Commit(instance with { ConcurrencyToken = 4, ActivePhases = [] }, expected: 3, added: [], consumed: [], journalSequence: 92);

        // One scope reads before each commit, as a burst does (the commit then knows the phases it read); the last
        // commit runs in a scope that read nothing.
        var (kept, movedTo) = await Node.InScopeAsync(async sp =>
        {
            var instances = sp.GetRequiredService<IWorkflowInstanceStore>();
            var commits = sp.GetRequiredService<IWorkflowCommitStore>();
            await instances.FindAsync(instance.Id, Node.Token);
            await commits.CommitAsync(unchanged, Node.Token);
            var afterUnchanged = (await instances.FindAsync(instance.Id, Node.Token))!.ActivePhases;
            await commits.CommitAsync(moved, Node.Token);
            return (afterUnchanged, (await instances.FindAsync(instance.Id, Node.Token))!.ActivePhases);
        });
        await CommitAsync(emptied);

        Assert.Equal(["prepare"], instance.ActivePhases);
        Assert.Equal(["prepare"], kept);
        Assert.Equal(["review", "prepare"], movedTo);
        var after = await Node.InstanceAsync(instance.Id);
        Assert.Empty(after.ActivePhases);
        Assert.Equal(4, after.ConcurrencyToken);
        Assert.Empty(await List(new WorkflowInstanceQuery(ActivePhase: "prepare")));
    }

    [DatabaseFact]
    public async Task CommitAsync_WritesTheCommittedStatus_WhenItIsKeptOrChanged()
    {
        var (instance, _) = await StartWaitingLabAsync();
        var kept = Commit(instance with { ConcurrencyToken = 2 }, expected: 1, added: [], consumed: [], journalSequence: 93);
        var finished = Commit(instance with { ConcurrencyToken = 3, Status = WorkflowStatus.Finished }, expected: 2, added: [], consumed: [], journalSequence: 94);

        // One scope reads before each commit, as a burst does: the commit that keeps the status leaves it out of its UPDATE.
        var afterKept = await Node.InScopeAsync(async sp =>
        {
            var instances = sp.GetRequiredService<IWorkflowInstanceStore>();
            var commits = sp.GetRequiredService<IWorkflowCommitStore>();
            await instances.FindAsync(instance.Id, Node.Token);
            await commits.CommitAsync(kept, Node.Token);
            var status = (await instances.FindAsync(instance.Id, Node.Token))!.Status;
            await commits.CommitAsync(finished, Node.Token);
            return status;
        });

        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal(WorkflowStatus.Suspended, afterKept);
        var after = await Node.InstanceAsync(instance.Id);
        Assert.Equal((WorkflowStatus.Finished, 3L), (after.Status, after.ConcurrencyToken));
        Assert.Equal([instance.Id], await List(new WorkflowInstanceQuery(Status: WorkflowStatus.Finished)));
        Assert.Empty(await List(new WorkflowInstanceQuery(Status: WorkflowStatus.Suspended)));
    }

    [DatabaseFact]
    public async Task CommitAsync_ThrowsConcurrencyConflictAndKeepsTheNewStatus_WhenABurstThatKeepsTheStatusItReadIsStale()
    {
        var (instance, _) = await StartWaitingLabAsync();
        var faulted = Commit(instance with { ConcurrencyToken = 2, Status = WorkflowStatus.Faulted }, expected: 1, added: [], consumed: [], journalSequence: 95);
        var stale = Commit(instance with { ConcurrencyToken = 2 }, expected: 1, added: [], consumed: [], journalSequence: 96);

        // The stale burst read the lab Suspended at token 1; another burst faulted it before the stale one committed.
        var conflict = await Node.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IWorkflowInstanceStore>().FindAsync(instance.Id, Node.Token);
            await CommitAsync(faulted);
            return await CommitOrConflictAsync(() => sp.GetRequiredService<IWorkflowCommitStore>().CommitAsync(stale, Node.Token));
        });

        Assert.NotNull(conflict);
        var after = await Node.InstanceAsync(instance.Id);
        Assert.Equal((WorkflowStatus.Faulted, 2L), (after.Status, after.ConcurrencyToken));
        Assert.DoesNotContain(await Node.JournalAsync(instance.Id), e => e.Sequence == 96);
    }

    [DatabaseFact]
    public async Task CommitAsync_StoresRowsAsEfCoreReadsThem_WhetherTheBurstsRowsShareLabActorAndNumberingOrNot()
    {
        // WorkflowConnection binds the lab, the actor and the first sequence once when every row agrees (the first
        // commit, three phases numbered from 0) and a parameter per row when they do not (the second: another actor
        // midway and a gap in the sequence). EF Core must read, and filter on, what either shape stored.
        var (instance, _) = await StartWaitingLabAsync();
        var at = Node.Time.GetUtcNow();
        var later = at.AddSeconds(1);
        JournalEntry[] agreeing =
        [
            new(instance.Id, 200, at, JournalEvent.ActivityStarted, "alice", "wait"),
            new(instance.Id, 201, at, JournalEvent.ActivityCompleted, "alice", "wait", "done", "Klar – \"ok\" \\ ✓", new JsonObject { ["n"] = 1, ["text"] = "å\n" }),
            new(instance.Id, 202, later, JournalEvent.VariableSet, "alice"),
        ];
        JournalEntry[] disagreeing =
        [
            new(instance.Id, 203, later, JournalEvent.ActivityStarted, "alice", "review"),
            new(instance.Id, 204, later, JournalEvent.ActivityCompleted, "bob", "review", "approved"),
            new(instance.Id, 206, later, JournalEvent.VariableSet, "bob"),
        ];
        Bookmark[] bookmarks = [NewBookmark(instance.Id), NewBookmark(instance.Id) with { Key = null, DueAt = later, Data = null }];
        var first = Commit(instance with { ConcurrencyToken = 2, ActivePhases = ["prepare", "review", "report"] }, expected: 1, added: bookmarks, consumed: [], journalSequence: 0)
            with { JournalEntries = agreeing };
        var second = Commit(instance with { ConcurrencyToken = 3, ActivePhases = ["report"] }, expected: 2, added: [], consumed: [], journalSequence: 0)
            with { JournalEntries = disagreeing };

        await CommitAsync(first);
        var phases = await Node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().InstancePhases.AsNoTracking()
            .Where(p => p.InstanceId == instance.Id).OrderBy(p => p.Position).Select(p => new { p.Phase, p.Position }).ToListAsync(Node.Token));
        await CommitAsync(second);

        Assert.Equal([("prepare", 0), ("review", 1), ("report", 2)], phases.Select(p => (p.Phase, p.Position)));
        var journal = await Node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().Journal.AsNoTracking()
            .Where(j => j.InstanceId == instance.Id && j.Sequence >= 200).OrderBy(j => j.Sequence).ToListAsync(Node.Token));
        Assert.Equal([.. agreeing.Concat(disagreeing).Select(Describe)], journal.Select(row => Describe(RowMapper.ToEntry(row))));
        var atLater = await Node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().Journal.AsNoTracking()
            .CountAsync(j => j.InstanceId == instance.Id && j.Timestamp == later && j.Actor == "bob", Node.Token));
        Assert.Equal(2, atLater);
        var ids = bookmarks.Select(b => b.Id).ToList();
        var stored = await Node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().Bookmarks.AsNoTracking()
            .Where(b => ids.Contains(b.Id) && b.InstanceId == instance.Id && b.ConsumedAt == null).ToListAsync(Node.Token));
        Assert.Equal(bookmarks.Select(Describe).Order(), stored.Select(row => Describe(RowMapper.ToBookmark(row))).Order());
        Assert.Equal(["report"], (await Node.InstanceAsync(instance.Id)).ActivePhases);
    }

    private static string Describe(JournalEntry entry) => entry with { Data = null } + " " + entry.Data?.ToJsonString();

    private static string Describe(Bookmark bookmark) => bookmark with { Data = null } + " " + bookmark.Data?.ToJsonString();

    [DatabaseFact]
    public async Task ListAsync_FiltersByDefinitionStatusAndPhase_InCreationOrder()
    {
        await Node.PublishAsync(TestFlows.WaitOnce);
        await Node.PublishAsync(TestFlows.SignalAndTimer);
        var waiting = await Node.StartAsync("wait-once");
        Node.Time.Advance(TimeSpan.FromMinutes(1));
        var finished = await Node.StartAsync("wait-once");
        await Node.ResumeAsync((await Node.BookmarkAtAsync(finished.InstanceId, "wait")).Id);
        Node.Time.Advance(TimeSpan.FromMinutes(1));
        var other = await Node.StartAsync("signal-and-timer");

        var all = await List(new WorkflowInstanceQuery());
        var byDefinition = await List(new WorkflowInstanceQuery(DefinitionId: "wait-once"));
        var suspended = await List(new WorkflowInstanceQuery(Status: WorkflowStatus.Suspended));
        var inPrepare = await List(new WorkflowInstanceQuery(ActivePhase: "prepare"));
        var page = await List(new WorkflowInstanceQuery(Skip: 1, Take: 1));

        Assert.Equal([waiting.InstanceId, finished.InstanceId, other.InstanceId], all);
        Assert.Equal([waiting.InstanceId, finished.InstanceId], byDefinition);
        Assert.Equal([waiting.InstanceId, other.InstanceId], suspended);
        Assert.Equal([waiting.InstanceId], inPrepare);
        Assert.Equal([finished.InstanceId], page);
    }

    [DatabaseFact]
    public async Task ResumeAsync_RunsTheLabOnTheVersionItStartedOn_WhenANewerVersionIsPublished()
    {
        await Node.PublishAsync(TestFlows.WaitOnce);
        var onFirst = await Node.StartAsync("wait-once");
        await Node.PublishAsync(TestFlows.WaitOnce.Replace("vars.continued + 1", "vars.continued + 100", StringComparison.Ordinal));
        var onSecond = await Node.StartAsync("wait-once");

        await Node.ResumeAsync((await Node.BookmarkAtAsync(onFirst.InstanceId, "wait")).Id);
        await Node.ResumeAsync((await Node.BookmarkAtAsync(onSecond.InstanceId, "wait")).Id);

        var first = await Node.InstanceAsync(onFirst.InstanceId);
        var second = await Node.InstanceAsync(onSecond.InstanceId);
        Assert.Equal(1, first.DefinitionVersion);
        Assert.Equal(1, first.State.Variables["continued"]!.GetValue<double>());
        Assert.Equal(2, second.DefinitionVersion);
        Assert.Equal(100, second.State.Variables["continued"]!.GetValue<double>());
    }

    [DatabaseFact]
    public async Task ResumeAsync_RunsOnTheStoredState_WhenTheStateWasWrittenByThePreviousSerializer()
    {
        await Node.PublishAsync(TestFlows.WaitOnce);
        var started = await Node.StartAsync("wait-once");
        var waiting = await Node.InstanceAsync(started.InstanceId);
        var stored = waiting.State with { Variables = new JsonObject { ["continued"] = 41, ["note"] = "Jämlik <rekrytering>" } };
        // The document as the reflection serializer wrote it before session 17, with a name in another case that only
        // the serializer reads (the hand reader hands such a document to it).
        var previous = System.Text.Json.JsonSerializer.Serialize(stored, PreviousStateOptions).Replace("\"labContext\"", "\"LabContext\"", StringComparison.Ordinal);
        await Node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().Instances
            .Where(row => row.Id == started.InstanceId)
            .ExecuteUpdateAsync(set => set.SetProperty(row => row.State, previous), Node.Token));

        var loaded = await Node.InstanceAsync(started.InstanceId);
        var resumed = await Node.ResumeAsync((await Node.BookmarkAtAsync(started.InstanceId, "wait")).Id);
        var finished = await Node.InstanceAsync(started.InstanceId);

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(stored, PreviousStateOptions), WorkflowStateSerializer.Serialize(loaded.State));
        Assert.Equal(ResumeOutcome.Resumed, resumed.Outcome);
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
        Assert.Equal(42, finished.State.Variables["continued"]!.GetValue<double>());
        Assert.Equal("Jämlik <rekrytering>", finished.State.Variables["note"]!.GetValue<string>());
    }

    private static readonly System.Text.Json.JsonSerializerOptions PreviousStateOptions = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    [DatabaseFact]
    public async Task BurstReader_ReadsWhatTheThreeStoresRead_WithTheRetractedVersionTheLabRunsOn()
    {
        await Node.PublishAsync(TestFlows.WaitOnce);
        var started = await Node.StartAsync("wait-once");
        await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>().RetractAsync("wait-once", 1, Node.Token));

        var reader = await Node.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IWorkflowBurstReader>()));
        var reads = await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowBurstReader>().ReadAsync(started.InstanceId, Node.Token));
        var fromStores = await Node.InScopeAsync(sp => new StoreBurstReader(
            sp.GetRequiredService<IWorkflowInstanceStore>(), sp.GetRequiredService<IBookmarkStore>(), sp.GetRequiredService<IWorkflowDefinitionStore>())
            .ReadAsync(started.InstanceId, Node.Token));
        var unknown = await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowBurstReader>().ReadAsync(Guid.NewGuid(), Node.Token));

        Assert.IsType<EfCoreWorkflowBurstReader>(reader);
        Assert.NotNull(reads);
        Assert.NotNull(fromStores);
        Assert.Equal(started.InstanceId, reads.Instance.Id);
        Assert.Equal(fromStores.Instance.ConcurrencyToken, reads.Instance.ConcurrencyToken);
        Assert.Equal(fromStores.Instance.UpdatedAt, reads.Instance.UpdatedAt);
        Assert.Equal(WorkflowStateSerializer.Serialize(fromStores.Instance.State), WorkflowStateSerializer.Serialize(reads.Instance.State));
        Assert.Equal("wait", Assert.Single(reads.OpenBookmarks).ActivityId);
        Assert.Equal(fromStores.OpenBookmarks, reads.OpenBookmarks);
        Assert.Equal(1, reads.Definition!.Definition.Version);
        Assert.True(reads.Definition.IsRetracted);
        Assert.Equal(fromStores.Definition, reads.Definition);
        Assert.Null(unknown);
    }

    [DatabaseFact]
    public async Task SignalAsync_ResumesEveryWaitingLabOnce_AndASecondSignalFindsNobody()
    {
        await Node.PublishAsync(TestFlows.SignalAndTimer);
        var first = await Node.StartAsync("signal-and-timer");
        var second = await Node.StartAsync("signal-and-timer");

        var resumed = await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().SignalAsync("answer", null, ResumePayload.System(), Node.Token));
        var again = await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().SignalAsync("answer", null, ResumePayload.System(), Node.Token));

        Assert.Equal([first.InstanceId, second.InstanceId], resumed.Select(r => r.InstanceId ?? Guid.Empty));
        Assert.All(resumed, r => Assert.Equal(ResumeOutcome.Resumed, r.Outcome));
        Assert.Empty(again);
        foreach (var lab in new[] { first, second })
        {
            var instance = await Node.InstanceAsync(lab.InstanceId);
            Assert.Equal(2, instance.ConcurrencyToken);
            Assert.Equal(["delay"], (await Node.BookmarksAsync(lab.InstanceId)).Select(b => b.ActivityId));
        }
    }

    [DatabaseFact]
    public async Task StartAsync_RunsOnTheLatestVersion_WhenAnotherNodePublishedOrRetractedOneSinceThisNodeLastStarted()
    {
        // Arrange: this node has started a lab on version 1, so it knows version 1 as the latest.
        await Node.PublishAsync(TestFlows.WaitOnce);
        var onFirst = await Node.StartAsync("wait-once");
        await using var other = await CreateNode().PrepareAsync();

        // Act: the other node publishes version 2, then retracts it; this node starts a lab after each.
        await other.PublishAsync(TestFlows.WaitOnce);
        var afterPublish = await Node.StartAsync("wait-once");
        var onSecondAgain = await Node.StartAsync("wait-once");
        await other.InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>().RetractAsync("wait-once", 2, other.Token));
        var afterRetract = await Node.StartAsync("wait-once");

        // Assert: each lab runs on the version that was the latest when it started, with one start in its journal.
        Assert.Equal(1, (await Node.InstanceAsync(onFirst.InstanceId)).DefinitionVersion);
        Assert.Equal(2, (await Node.InstanceAsync(afterPublish.InstanceId)).DefinitionVersion);
        Assert.Equal(2, (await Node.InstanceAsync(onSecondAgain.InstanceId)).DefinitionVersion);
        Assert.Equal(1, (await Node.InstanceAsync(afterRetract.InstanceId)).DefinitionVersion);
        foreach (var (lab, version) in new[] { (afterPublish, 2), (afterRetract, 1) })
        {
            var journal = await Node.JournalAsync(lab.InstanceId);
            var started = Assert.Single(journal, e => e.Event == JournalEvent.WorkflowStarted);
            Assert.Equal(version, started.Data!["version"]!.GetValue<int>());
            Assert.Equal(Enumerable.Range(1, journal.Count).Select(i => (long)i), journal.Select(e => e.Sequence));
            Assert.Equal("wait", Assert.Single(await Node.BookmarksAsync(lab.InstanceId)).ActivityId);
        }
    }

    [DatabaseFact]
    public async Task SweepAsync_HandsOnCommittedEffectsOnce_WhenTheDispatcherFailedAfterTheCommit()
    {
        await Node.PublishAsync(TestFlows.SignalAndTimer);
        Dispatcher.Fail = true;
        var started = await Node.StartAsync("signal-and-timer");
        var timer = Assert.Single(await Node.BookmarksAsync(started.InstanceId), b => b.Kind == BookmarkKinds.Timer);
        Dispatcher.Fail = false;
        var sweeper = Node.Get<OutboxSweeper>();

        var tooEarly = await sweeper.SweepAsync(Node.Token);
        Node.Time.Advance(TimeSpan.FromMinutes(1));
        var swept = await sweeper.SweepAsync(Node.Token);
        var sweptAgain = await sweeper.SweepAsync(Node.Token);

        Assert.Equal(0, tooEarly);
        Assert.Equal(1, swept);
        Assert.Equal(0, sweptAgain);
        var scheduled = Assert.IsType<ScheduleTimer>(Assert.Single(Dispatcher.Dispatched));
        Assert.Equal(timer.Id, scheduled.BookmarkId);
        Assert.Equal(LabFlowTestNode.StartTime.AddDays(3), scheduled.DueAt);
        var row = Assert.Single(await Node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().Outbox.AsNoTracking().ToListAsync(Node.Token)));
        Assert.Equal(2, row.Attempts);
        Assert.NotNull(row.DispatchedAt);
    }

    private async Task<(WorkflowInstance Instance, Bookmark Bookmark)> StartWaitingLabAsync()
    {
        await Node.PublishAsync(TestFlows.WaitOnce);
        var started = await Node.StartAsync("wait-once");
        return (await Node.InstanceAsync(started.InstanceId), await Node.BookmarkAtAsync(started.InstanceId, "wait"));
    }

    private Task<StoredWorkflowDefinition> Publish(WorkflowDefinition definition, string? source, string? hash) =>
        Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(definition, source, hash, Node.Token));

    private Task CommitAsync(WorkflowCommit commit) =>
        Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowCommitStore>().CommitAsync(commit, Node.Token));

    private Task<ConcurrencyConflictException?> CommitOrConflictAsync(WorkflowCommit commit) => CommitOrConflictAsync(() => CommitAsync(commit));

    private static async Task<ConcurrencyConflictException?> CommitOrConflictAsync(Func<Task> commit)
    {
        try
        {
            await commit();
            return null;
        }
        catch (ConcurrencyConflictException conflict)
        {
            return conflict;
        }
    }

    /// <summary>
    /// Whether a transaction is open on the context's connection: on SQLite as SQLite sees it (also the read transaction
    /// of a statement stepped and not reset), elsewhere as EF Core knows it.
    /// </summary>
    private static bool HasTransaction(LabFlowDbContext db) =>
        db.Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection sqlite
            ? sqlite is { State: System.Data.ConnectionState.Open, Handle: { } handle } && SqliteTransactionState.Of(handle) != SqliteTransactionState.None
            : db.Database.CurrentTransaction is not null;

    private JournalEntry Entry(Guid instanceId, long sequence, string message) =>
        new(instanceId, sequence, Node.Time.GetUtcNow(), JournalEvent.VariableSet, "test", Message: message);

    /// <summary>SQLite's synchronous setting on the context's own connection; null on other databases.</summary>
    private static async Task<long?> SynchronousAsync(LabFlowDbContext db)
    {
        if (db.Database.GetDbConnection() is not Microsoft.Data.Sqlite.SqliteConnection connection)
        {
            return null;
        }

        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous";
            return (long?)await command.ExecuteScalarAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<IReadOnlyList<Guid>> List(WorkflowInstanceQuery query) =>
        [.. (await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowInstanceStore>().ListAsync(query, Node.Token))).Select(i => i.Id)];

    private Task<List<string>> DraftIdsAsync() =>
        Node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().DefinitionDrafts.Select(d => d.DefinitionId).ToListAsync(Node.Token));

    private Bookmark NewBookmark(Guid instanceId) =>
        new(Guid.NewGuid(), instanceId, "wait", BookmarkKinds.Signal, "extra", Node.Time.GetUtcNow(), null, new JsonObject { ["n"] = 1 }, Guid.NewGuid());

    private WorkflowCommit Commit(WorkflowInstance instance, long? expected, IReadOnlyList<Bookmark> added, IReadOnlyList<Guid> consumed, long journalSequence) =>
        new(
            instance,
            expected,
            added,
            consumed,
            [new JournalEntry(instance.Id, journalSequence, Node.Time.GetUtcNow(), JournalEvent.VariableSet, "test")],
            []);
}
