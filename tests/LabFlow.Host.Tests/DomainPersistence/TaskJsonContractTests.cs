using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>
/// A task's JSON column (<see cref="TaskRow.Data"/>) on every provider: on SQLite a task change binds the JSON as UTF-8
/// bytes stored as TEXT and a read parses the stored bytes (issue 17); the column still holds the text the reflection
/// serializer writes, and a row an earlier version wrote reads as that version read it.
/// </summary>
public abstract class TaskJsonContractTests : DomainStoreTestBase
{
    // A task as an earlier version stored it: non-ASCII text escaped and raw, a property this version no longer has,
    // names in another case, and most optional properties absent.
    private const string EarlierDocument = """
        {"id":"{ID}","labId":"30000000-0000-0000-0000-000000000001","activityId":"intervjuer","kind":"UserTask",
        "title":{"sv":"Genomf\u00F6r intervjuer","en":"Do the interviews"},"Instructions":"Fråga om skolvägen – \"kort\".",
        "assigneeId":"20000000-0000-0000-0000-000000000001","candidates":[],"due":"2026-02-18","reminderDays":[2],
        "reminders":["2026-02-16T08:00:00+01:00"],"status":"Open","legacyFlag":true,
        "form":[{"key":"antal","type":"Number","label":"Antal"}],"draft":{"antal":3},
        "history":[{"at":"2026-02-02T09:00:00+00:00","actor":"system","kind":"Created","to":"20000000-0000-0000-0000-000000000001"}],
        "createdAt":"2026-02-02T09:00:00+00:00","version":1,"isOpen":true}
        """;

    [DatabaseFact]
    public async Task FindAsync_ReadsARowAnEarlierVersionWrote_AsTheReflectionSerializerReadsItsText()
    {
        // Arrange: a stored task whose JSON is replaced by a document as an earlier version wrote it.
        var task = await InScopeAsync<ITaskCommands, LabTask>(c => c.AddAsync(NewTask(), Token));
        var earlier = EarlierDocument.Replace("{ID}", task.Id.ToString(), StringComparison.Ordinal);
        await InScopeAsync<LabFlowDbContext>(db => db.Set<TaskRow>().Where(t => t.Id == task.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Data, earlier), Token));

        // Act
        var found = await InScopeAsync<ITaskStore, LabTask?>(s => s.FindAsync(task.Id, Token));

        // Assert: field for field (as JSON) what the reflection serializer reads from the text, at the row's version.
        Assert.NotNull(found);
        Assert.Equal(DomainJson.Serialize(DomainJson.Deserialize<LabTask>(earlier) with { Version = 1 }), DomainJson.Serialize(found));
        Assert.Equal(("Fråga om skolvägen – \"kort\".", "Genomför intervjuer"), (found.Instructions!.ToString(), found.Title.ByCulture["sv"]));
    }

    [DatabaseFact]
    public async Task UpdateAsync_StoresTheReflectionSerializersText_AsText()
    {
        // Arrange: a task with non-ASCII text everywhere a change may put it.
        var task = await InScopeAsync<ITaskCommands, LabTask>(c => c.AddAsync(TaskContractTests.FullTask(), Token));
        var changed = task.WithHistory(new TaskHistoryEntry(LabFlowTestNode.StartTime.AddHours(2), "system", TaskHistoryKind.Reassigned, Note: "Överlämnad – åter 😀"));

        // Act: the store's change (the UPDATE a completion's burst makes too).
        var updated = await InScopeAsync<ITaskCommands, LabTask>(c => c.UpdateAsync(changed, 1, Token));

        // Assert: the column holds, as text, exactly the document the reflection serializer writes for the task read back.
        var found = await InScopeAsync<ITaskStore, LabTask?>(s => s.FindAsync(task.Id, Token));
        var (data, storedAs) = await InScopeAsync<LabFlowDbContext, (string, string)>(async db => (
            await db.Set<TaskRow>().Where(t => t.Id == task.Id).Select(t => t.Data).SingleAsync(Token),
            Provider == DatabaseProviders.Sqlite
                ? await db.Database.SqlQueryRaw<string>("SELECT typeof(\"Data\") AS \"Value\" FROM \"Tasks\" WHERE \"Id\" = {0}", task.Id).SingleAsync(Token)
                : "text"));
        Assert.Equal("text", storedAs);
        Assert.Equal(DomainJson.Serialize(TaskRows.AsStored(updated)), data);
        Assert.Equal(data, DomainJson.Serialize(found));
        Assert.Equal("Överlämnad – åter 😀", found!.History[^1].Note);
    }

    private static LabTask NewTask() => new()
    {
        Id = Guid.NewGuid(),
        LabId = Guid.NewGuid(),
        Kind = TaskKinds.AdHoc,
        Title = LocalizedText.Of("Uppgift"),
        CreatedAt = LabFlowTestNode.StartTime,
    };
}
