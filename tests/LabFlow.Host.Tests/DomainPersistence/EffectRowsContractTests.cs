using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain;
using LabFlow.Host.Infrastructure.Persistence.Domain.Collections;
using LabFlow.Host.Infrastructure.Persistence.Domain.Email;
using LabFlow.Host.Infrastructure.Persistence.Domain.Labs;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using LabFlow.Host.Infrastructure.Persistence.Outbox;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using LabFlow.Workflows.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>
/// The effects' new rows (labs, collections, tasks, task people, emails, outbox) are plain multi-row INSERTs in the
/// commit (<see cref="EffectRows"/>, issue 17): written through the commit store, read back with EF Core, every
/// property is what the writers gave, and each row is stored exactly as EF Core's SaveChanges stores the same values
/// (every column's stored type and value, compared with a twin row SaveChanges wrote), on every provider.
/// </summary>
public abstract class EffectRowsContractTests : DomainStoreTestBase
{
    private static readonly Guid Ada = TaskContractTests.Ada;
    private static readonly Guid Bo = TaskContractTests.Bo;
    private static readonly DateTimeOffset Created = LabFlowTestNode.StartTime;

    [DatabaseFact]
    public async Task CommitAsync_StoresEveryEffectRowAsSaveChangesWould()
    {
        // Arrange: one start burst with a row of every kind, every nullable column both set and empty.
        await using var node = await CreateNode(services => services.AddLabFlowEmailOutbox()).PrepareAsync();
        var lab = NewLab();
        var fullTask = FullTask(lab.Id);
        var sparseTask = new LabTask
        {
            Id = Guid.NewGuid(), LabId = lab.Id, Kind = TaskKinds.AdHoc, Title = LocalizedText.Of("Uppgift"), Candidates = [Ada, Bo], CreatedAt = Created,
        };
        var open = NewCollection(lab.Id, "ideas", CollectionKind.Ideas);
        var closed = NewCollection(lab.Id, "vote", CollectionKind.Votes) with { SourceCollectionId = open.Id, LiveResults = true, VotesPerIdea = 2 };
        var closedAt = Created.AddMinutes(5).ToOffset(TimeSpan.FromHours(1));
        var email = new EmailRequested(
            Guid.NewGuid(),
            lab.Id,
            fullTask.Id,
            EmailTemplates.Custom,
            [new EmailRecipient(Ada, "ada@example.se", "Ada Andersson", "sv"), new EmailRecipient(null, "gast@example.se", "Gäst", "en")],
            new JsonObject { ["subject"] = "Välkommen", ["body"] = "Hej och välkommen till labbet." });
        var timer = new ScheduleTimer(Guid.NewGuid(), lab.Id, Guid.NewGuid(), Created.AddDays(3));
        var commit = new WorkflowCommit(
            Instance(lab.Id),
            null,
            [],
            [],
            [],
            [
                new LabLaunched(Guid.NewGuid(), lab),
                new CollectionOpened(Guid.NewGuid(), open),
                new CollectionOpened(Guid.NewGuid(), closed),
                new CollectionClosed(Guid.NewGuid(), closed.Id, closedAt),
                new TaskCreated(Guid.NewGuid(), fullTask),
                new TaskCreated(Guid.NewGuid(), sparseTask),
                email,
                timer,
            ]);

        // Act
        await node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowCommitStore>().CommitAsync(commit, Token));

        // Assert: what EF Core reads back is what the writers made of the effects.
        await node.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LabFlowDbContext>();
            AssertSameRow(db, EfCoreLabStore.ToRow(lab with { Version = 1 }), await db.Set<LabRow>().AsNoTracking().SingleAsync(l => l.Id == lab.Id, Token));
            var labColumns = new TaskLab(lab.AdministrationId, lab.DefinitionId);
            AssertSameRow(db, TaskRows.ToRow(fullTask with { Version = 1 }, labColumns), await db.Set<TaskRow>().AsNoTracking().SingleAsync(t => t.Id == fullTask.Id, Token));
            AssertSameRow(db, TaskRows.ToRow(sparseTask with { Version = 1 }, labColumns), await db.Set<TaskRow>().AsNoTracking().SingleAsync(t => t.Id == sparseTask.Id, Token));
            var people = await db.Set<TaskPersonRow>().AsNoTracking().ToListAsync(Token);
            Assert.Equal(
                TaskRows.PeopleOf(fullTask).Concat(TaskRows.PeopleOf(sparseTask)).Select(p => (p.TaskId, p.Relation, p.PersonId)).Order(),
                people.Select(p => (p.TaskId, p.Relation, p.PersonId)).Order());
            AssertSameRow(db, CollectionRows.ToRow(open), await db.Set<CollectionRow>().AsNoTracking().SingleAsync(c => c.Id == open.Id, Token));
            var expectedClosed = CollectionRows.ToRow(closed);
            expectedClosed.ClosedAt = closedAt.ToUniversalTime();
            AssertSameRow(db, expectedClosed, await db.Set<CollectionRow>().AsNoTracking().SingleAsync(c => c.Id == closed.Id, Token));

            var emails = await db.Set<EmailRow>().AsNoTracking().Where(e => e.RequestId == email.Id).OrderBy(e => e.RecipientAddress).ToListAsync(Token);
            Assert.Equal(["ada@example.se", "gast@example.se"], emails.Select(e => e.RecipientAddress));
            Assert.Equal([Ada, null], emails.Select(e => e.RecipientPersonId));
            Assert.All(emails, e => Assert.Equal((EmailStatus.Pending, 0, lab.Id, fullTask.Id, Created), (e.Status, e.Attempts, e.InstanceId, e.TaskId, e.CreatedAt)));
            Assert.All(emails, e => Assert.Equal("Välkommen", e.Subject));

            var outbox = await db.Outbox.AsNoTracking().OrderBy(o => o.Sequence).ToListAsync(Token);
            var expectedOutbox = EfCoreOutbox.Rows([email, timer], lab.Id, Created);
            Assert.Equal(
                expectedOutbox.Select(o => (o.EffectId, o.InstanceId, o.Type, o.Payload, o.CreatedAt)),
                outbox.Select(o => (o.EffectId, o.InstanceId, o.Type, o.Payload, o.CreatedAt)));

            // Written in the commit, the email request's row is dispatched with it.
            Assert.Equal((Created, 1), (outbox[0].DispatchedAt, outbox[0].Attempts));
            return true;
        });

        // Assert: every column holds what SaveChanges writes for the same values.
        await AssertStoredAsSaveChangesWouldAsync<LabRow>(node, "Labs", "Id", [lab.Id], (row, twin) => row.Id = twin);
        await AssertStoredAsSaveChangesWouldAsync<CollectionRow>(node, "Collections", "Id", [open.Id, closed.Id], (row, twin) => row.Id = twin);
        var twinTasks = await AssertStoredAsSaveChangesWouldAsync<TaskRow>(node, "Tasks", "Id", [fullTask.Id, sparseTask.Id], (row, twin) => row.Id = twin);
        await AssertStoredAsSaveChangesWouldAsync<TaskPersonRow>(
            node, "TaskPeople", "TaskId", [fullTask.Id, sparseTask.Id], (row, twin) => row.TaskId = twin, twinTasks);
        var emailIds = await node.InScopeAsync(sp => sp.GetRequiredService<LabFlowDbContext>().Set<EmailRow>().Select(e => e.Id).ToListAsync(Token));
        await AssertStoredAsSaveChangesWouldAsync<EmailRow>(node, "Emails", "Id", emailIds, (row, twin) => row.Id = twin);
        await AssertStoredAsSaveChangesWouldAsync<OutboxMessageRow>(node, "OutboxMessages", "EffectId", [email.Id, timer.Id], (row, twin) =>
        {
            row.EffectId = twin;
            row.Sequence = 0;
        });
    }

    [DatabaseFact]
    public async Task CommitAsync_InsertsATaskCreatedAndClosedInTheSameBurstClosed()
    {
        // Arrange
        var lab = NewLab();
        var task = FullTask(lab.Id);
        var notNeeded = new TaskNotNeeded(Guid.NewGuid(), task.Id, "system", "Kvorum nått", Created.AddMinutes(1));
        var commit = new WorkflowCommit(Instance(lab.Id), null, [], [], [], [new LabLaunched(Guid.NewGuid(), lab), new TaskCreated(Guid.NewGuid(), task), notNeeded]);

        // Act
        await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowCommitStore>().CommitAsync(commit, Token));

        // Assert
        var expected = TaskRows.ToRow(TaskEffects.ApplyTo(task with { Version = 1 }, notNeeded, commit.Instance.UpdatedAt)! with { Version = 2 }, new TaskLab(lab.AdministrationId, lab.DefinitionId));
        await Node.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LabFlowDbContext>();
            var stored = await db.Set<TaskRow>().AsNoTracking().SingleAsync(t => t.Id == task.Id, Token);
            AssertSameRow(db, expected, stored);
            Assert.False(stored.IsOpen);
            Assert.Null(stored.NextReminderAt);
            return true;
        });
    }

    [DatabaseTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CommitAsync_HandsBackTheCompletedTask_ExactlyAsAReadReturnsIt_AndStoresItsRowAsSaveChangesWould(bool requestKeptItsRead)
    {
        // Arrange: a stored task (times with an offset other than UTC), read as a completing request reads it.
        var lab = NewLab();
        var task = FullTask(lab.Id);
        await Node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowCommitStore>().CommitAsync(
            new WorkflowCommit(Instance(lab.Id), null, [], [], [], [new LabLaunched(Guid.NewGuid(), lab), new TaskCreated(Guid.NewGuid(), task)]), Token));
        var read = (await InScopeAsync<ITaskStore, LabTask?>(s => s.FindAsync(task.Id, Token)))!;
        var at = Created.AddMinutes(5).ToOffset(TimeSpan.FromHours(1));
        var completed = new TaskCompleted(Guid.NewGuid(), task.Id, TaskContractTests.Cy.ToString(), "done", new JsonObject { ["interviews"] = 12, ["note"] = "Klart" }, at, TaskContractTests.Cy);
        var commit = new WorkflowCommit(Instance(lab.Id) with { ConcurrencyToken = 2, UpdatedAt = at }, 1, [], [], [], [completed]);

        // Act: the commit in the request's scope; without the request's read the writer reads the task in its transaction.
        var handedBack = await Node.InScopeAsync(async sp =>
        {
            var reads = sp.GetRequiredService<TaskReads>();
            if (requestKeptItsRead)
            {
                reads.Keep(read);
            }

            await sp.GetRequiredService<IWorkflowCommitStore>().CommitAsync(commit, Token);
            return reads.TakeWritten(task.Id);
        });
        var found = await InScopeAsync<ITaskStore, LabTask?>(s => s.FindAsync(task.Id, Token));

        // Assert: the task handed back is, field for field and as stored JSON, the task a read returns after the commit.
        Assert.NotNull(handedBack);
        Assert.NotNull(found);
        Assert.Equal((LabTaskStatus.Completed, 2L), (handedBack.Status, handedBack.Version));
        Assert.Equal(DomainJson.Serialize(found), DomainJson.Serialize(handedBack));
        Assert.Equal(found with { }, handedBack with
        {
            // Lists and JSON nodes compare by reference; their content is in the JSON compared above.
            Title = found.Title, Instructions = found.Instructions, Candidates = found.Candidates, Informed = found.Informed, DueSpec = found.DueSpec,
            ReminderDays = found.ReminderDays, Reminders = found.Reminders, RemindersSent = found.RemindersSent, Form = found.Form, Readers = found.Readers,
            Actions = found.Actions, Answers = found.Answers, Draft = found.Draft, Comments = found.Comments, History = found.History,
        });

        // Assert: its row (the UPDATE sets only the columns a change alters) is the row of that task with its lab's
        // columns, every column stored as SaveChanges stores it.
        var expected = TaskRows.ToRow(found, new TaskLab(lab.AdministrationId, lab.DefinitionId));
        await Node.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LabFlowDbContext>();
            AssertSameRow(db, expected, await db.Set<TaskRow>().AsNoTracking().SingleAsync(t => t.Id == task.Id, Token));
            return true;
        });
        await AssertStoredAsSaveChangesWouldAsync<TaskRow>(Node, "Tasks", "Id", [task.Id], (row, twin) => row.Id = twin);
    }

    /// <summary>Every property of the model's entity type, compared by value.</summary>
    private static void AssertSameRow<TRow>(LabFlowDbContext db, TRow expected, TRow actual)
        where TRow : class
    {
        foreach (var property in db.Model.FindEntityType(typeof(TRow))!.GetProperties())
        {
            var getter = property.GetGetter();
            Assert.True(
                Equals(getter.GetClrValue(expected), getter.GetClrValue(actual)),
                $"{typeof(TRow).Name}.{property.Name}: expected {getter.GetClrValue(expected)}, read {getter.GetClrValue(actual)}");
        }
    }

    /// <summary>
    /// Copies each row stored under <paramref name="keys"/> (read with EF Core) under a new key (<paramref name="rekey"/>;
    /// for rows that refer to other copies, the new keys of <paramref name="twinKeys"/>), saves the copies with
    /// SaveChanges, and compares the stored columns of each original with its copy's, all but the key column: the same
    /// .NET type from the provider (on SQLite the storage class) and the same value. Returns the copies' keys.
    /// </summary>
    private async Task<IReadOnlyDictionary<Guid, Guid>> AssertStoredAsSaveChangesWouldAsync<TRow>(
        LabFlowTestNode node, string table, string keyColumn, IReadOnlyList<Guid> keys, Action<TRow, Guid> rekey, IReadOnlyDictionary<Guid, Guid>? twinKeys = null)
        where TRow : class
    {
        var twins = keys.ToDictionary(key => key, key => twinKeys?[key] ?? Guid.NewGuid());
        await node.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LabFlowDbContext>();
            foreach (var (key, twin) in twins)
            {
                var rows = await db.Set<TRow>().AsNoTracking().Where(r => EF.Property<Guid>(r, keyColumn) == key).ToListAsync(Token);
                Assert.NotEmpty(rows);
                foreach (var row in rows)
                {
                    rekey(row, twin);
                    db.Add(row);
                }
            }

            await db.SaveChangesAsync(Token);
            return true;
        });

        var stored = await node.InScopeAsync(sp => StoredColumnsAsync(sp.GetRequiredService<LabFlowDbContext>(), table, keyColumn));
        Assert.All(twins, pair =>
        {
            var written = stored[Key(pair.Key)];
            Assert.NotEmpty(written);
            Assert.Equal(stored[Key(pair.Value)], written);
        });
        return twins;
    }

    /// <summary>A table's rows as stored, grouped by key column: each row's other columns as name, type and value, in a stable order.</summary>
    private async Task<ILookup<string, string>> StoredColumnsAsync(LabFlowDbContext db, string table, string keyColumn)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Token);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync(Token);
            var rows = new List<(string Key, string Columns)>();
            while (await reader.ReadAsync(Token))
            {
                var columns = Enumerable.Range(0, reader.FieldCount)
                    .Where(i => reader.GetName(i) != keyColumn)
                    .Select(i => Describe(reader, i));
                rows.Add((Key(reader.GetValue(reader.GetOrdinal(keyColumn))), string.Join("; ", columns)));
            }

            // The outbox's sequence numbers every row differently; its twin is the later one.
            return rows.Select(r => (r.Key, Columns: OmitSequence(r.Columns))).OrderBy(r => r.Columns, StringComparer.Ordinal).ToLookup(r => r.Key, r => r.Columns);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Describe(DbDataReader reader, int ordinal)
    {
        var value = reader.GetValue(ordinal);
        var text = value switch
        {
            DBNull => "NULL",
            byte[] bytes => Convert.ToBase64String(bytes),
            DateTime time => time.ToString("O", CultureInfo.InvariantCulture) + time.Kind,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return $"{reader.GetName(ordinal)}: {value.GetType().Name} {text}";
    }

    private static string OmitSequence(string columns) =>
        string.Join("; ", columns.Split("; ").Where(c => !c.StartsWith("Sequence: ", StringComparison.Ordinal)));

    private static string Key(object value) => value switch
    {
        Guid id => id.ToString("D"),
        _ => Guid.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!).ToString("D"),
    };

    private static Lab NewLab() => new(
        Guid.NewGuid(),
        "innovation-lab",
        "Trygg skolväg",
        PilotAdministrations.Grundskoleforvaltningen.Id,
        "Hur kan vi göra skolvägen trygg?",
        ["Trygghet", "Jämlikhet"],
        [new LabMember(Ada, Role.Facilitator), new LabMember(Bo, Role.Coordinator)],
        new DateOnly(2026, 2, 2),
        Paused: true,
        Created.ToOffset(TimeSpan.FromHours(1)),
        "fia");

    private static LabTask FullTask(Guid labId) => TaskContractTests.FullTask() with { LabId = labId, AssigneeId = TaskContractTests.Cy, CreatedAt = Created.ToOffset(TimeSpan.FromHours(1)) };

    private static LabCollection NewCollection(Guid labId, string activityId, CollectionKind kind) =>
        CollectionContractTests.NewCollection(labId, activityId, kind) with { Anonymous = true };

    private static WorkflowInstance Instance(Guid id) => new()
    {
        Id = id,
        DefinitionId = "innovation-lab",
        DefinitionVersion = 1,
        Status = WorkflowStatus.Suspended,
        ConcurrencyToken = 1,
        CreatedAt = Created,
        UpdatedAt = Created,
        State = new WorkflowState(),
    };
}
