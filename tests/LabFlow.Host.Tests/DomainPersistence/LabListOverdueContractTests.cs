using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain.Labs;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>
/// The lab list's overdue filter on the EF Core store, run on every provider: the labs with an open task past due are
/// read first as a list of ids (the query shape that keeps PostgreSQL from walking every lab), the others by NOT IN.
/// </summary>
public abstract class LabListOverdueContractTests : DomainStoreTestBase
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    [DatabaseFact]
    public async Task ListAsync_ReturnsOnlyLabsWithAnOpenTaskPastDue_WhenTheOverdueFilterIsSet()
    {
        // Arrange: an overdue lab, a lab whose open task is due later, a lab whose past-due task is closed, oldest first.
        var overdue = await AddLabAsync(0, (new DateOnly(2026, 2, 20), LabTaskStatus.Open));
        var onTime = await AddLabAsync(1, (new DateOnly(2026, 3, 10), LabTaskStatus.Open));
        var closed = await AddLabAsync(2, (new DateOnly(2026, 2, 10), LabTaskStatus.Completed));
        var everyone = new LabVisibility(Guid.NewGuid(), null);

        // Act
        var withOverdue = await InScopeAsync<ILabListStore, IReadOnlyList<LabListItem>>(s => s.ListAsync(everyone, new LabListFilter(Overdue: true), null, 10, Today, Token));
        var withoutOverdue = await InScopeAsync<ILabListStore, IReadOnlyList<LabListItem>>(s => s.ListAsync(everyone, new LabListFilter(Overdue: false), null, 10, Today, Token));
        var noneYet = await InScopeAsync<ILabListStore, IReadOnlyList<LabListItem>>(s => s.ListAsync(everyone, new LabListFilter(Overdue: true), null, 10, new DateOnly(2026, 2, 1), Token));

        // Assert
        Assert.Equal([(overdue, 1)], withOverdue.Select(i => (i.Lab.Id, i.OverdueTasks)));
        Assert.Equal([closed, onTime], withoutOverdue.Select(i => i.Lab.Id));
        Assert.Empty(noneYet);
    }

    [DatabaseFact]
    public async Task ListAsync_FindsTheOverdueLabsByWalkingTheList_WhenMoreTasksAreOverdueThanTheIdListHolds()
    {
        // Arrange: more overdue tasks than the first read passes on as ids, so the list asks per lab instead.
        var onTime = await AddLabAsync(0, (new DateOnly(2026, 3, 10), LabTaskStatus.Open));
        var busy = await AddLabAsync(1, (new DateOnly(2026, 2, 20), LabTaskStatus.Open));
        await InScopeAsync<ITaskCommands>(async commands =>
        {
            for (var i = 0; i < EfCoreLabListStore.OverdueTasksAsList; i++)
            {
                await commands.AddAsync(OpenTask(busy, new DateOnly(2026, 2, 1).AddDays(i % 20), LabFlowTestNode.StartTime), Token);
            }
        });
        var older = await AddLabAsync(2, (new DateOnly(2026, 2, 25), LabTaskStatus.Open));
        var everyone = new LabVisibility(Guid.NewGuid(), null);

        // Act
        var withOverdue = await InScopeAsync<ILabListStore, IReadOnlyList<LabListItem>>(s => s.ListAsync(everyone, new LabListFilter(Overdue: true), null, 10, Today, Token));

        // Assert: newest first, the on-time lab left out, every overdue task counted.
        Assert.Equal([(older, 1), (busy, EfCoreLabListStore.OverdueTasksAsList + 1)], withOverdue.Select(i => (i.Lab.Id, i.OverdueTasks)));
        Assert.DoesNotContain(onTime, withOverdue.Select(i => i.Lab.Id));
    }

    private static LabTask OpenTask(Guid labId, DateOnly due, DateTimeOffset createdAt) => new()
    {
        Id = Guid.NewGuid(),
        LabId = labId,
        Kind = TaskKinds.AdHoc,
        Title = LocalizedText.Of("Uppgift"),
        Due = due,
        Status = LabTaskStatus.Open,
        CreatedAt = createdAt,
    };

    private async Task<Guid> AddLabAsync(int minutes, (DateOnly Due, LabTaskStatus Status) task)
    {
        var createdAt = LabFlowTestNode.StartTime.AddMinutes(minutes);
        var lab = new Lab(
            Guid.NewGuid(),
            "social-innovation-lab",
            "Jämlik rekrytering",
            PilotAdministrations.Grundskoleforvaltningen.Id,
            "Hur kan vi rekrytera mer jämlikt?",
            ["Arbete"],
            [new LabMember(Guid.NewGuid(), Role.Facilitator)],
            new DateOnly(2026, 2, 2),
            Paused: false,
            createdAt,
            "facilitator");
        await InScopeAsync<ILabStore>(s => s.AddAsync(lab, Token));
        await LabInstanceRows.AddAsync(Node, lab, "Running", Token);
        await InScopeAsync<ITaskCommands, LabTask>(c => c.AddAsync(
            new LabTask
            {
                Id = Guid.NewGuid(),
                LabId = lab.Id,
                Kind = TaskKinds.AdHoc,
                Title = LocalizedText.Of("Uppgift"),
                Due = task.Due,
                Status = task.Status,
                ClosedAt = task.Status == LabTaskStatus.Open ? null : createdAt,
                CreatedAt = createdAt,
            },
            Token));
        return lab.Id;
    }
}

public sealed class SqliteLabListOverdueContractTests : LabListOverdueContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}

public sealed class PostgreSqlLabListOverdueContractTests : LabListOverdueContractTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
