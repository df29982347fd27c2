using LabFlow.Activities.Dashboard;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Register;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>
/// The dashboard's aggregate queries on the EF Core store, run on every provider, against a handful of labs counted by
/// hand: the counts leave cancelled labs out, the lists are cut and ordered as the figures show them, the viewer's
/// administrations bound every answer.
/// </summary>
public abstract class DashboardStoreContractTests : DomainStoreTestBase
{
    private const string LabFlow = "social-innovation-lab";
    private const string Conference = "conference";
    private static readonly DateOnly Today = new(2026, 3, 1);
    private static readonly string School = PilotAdministrations.Grundskoleforvaltningen.Id;
    private static readonly string Preschool = PilotAdministrations.Forskoleforvaltningen.Id;

    [DatabaseFact]
    public async Task DashboardStore_CountsAndListsLabsAsSeeded_WhenSomeAreCancelledOrElsewhere()
    {
        // Arrange: three school labs (one cancelled, one with an overdue task and a measured baseline), a preschool
        // lab, two school conferences (held, planned), and attendance at the cancelled lab.
        var older = await AddLabAsync(0, LabFlow, School, "Äldre", Today.AddDays(-30), "Running");
        var newer = await AddLabAsync(1, LabFlow, School, "Nyare", Today.AddDays(-5), "Running");
        var cancelled = await AddLabAsync(2, LabFlow, School, "Inställd", Today.AddDays(-1), "Cancelled");
        var preschool = await AddLabAsync(3, LabFlow, Preschool, "Förskolan", Today.AddDays(-2), "Running");
        var held = await AddLabAsync(4, Conference, School, "Maj", Today.AddDays(-10), "Finished");
        var planned = await AddLabAsync(5, Conference, School, "December", Today.AddDays(60), "Running");
        await AddTaskAsync(newer, "wrap", Today.AddDays(-3), LabTaskStatus.Open);
        await AddTaskAsync(older, "measure", null, LabTaskStatus.Completed);
        await AddTaskAsync(cancelled, "measure", null, LabTaskStatus.Completed);
        await InScopeAsync<IParticipantRegisterStore>(s => s.SaveAttendanceAsync(
            [new AttendanceRecord(cancelled, "workshop", Guid.NewGuid(), false, true, 2m, Today, Guid.NewGuid(), LabFlowTestNode.StartTime)], Token));
        string[] schoolOnly = [School];

        // Act
        var counts = (await Figures(null, [LabFlow], Today)).Labs;
        var schoolCounts = (await Figures(schoolOnly, [LabFlow], Today)).Labs;
        var overdue = (await Figures(null, [LabFlow], Today)).OverdueTasks;
        var lists = await InScopeAsync<IDashboardStore, IReadOnlyList<IReadOnlyList<LabListItem>>>(s => s.ListLabsAsync(
            schoolOnly, [new([LabFlow], School, null), new([Conference], null, true), new([Conference], null, false), new([LabFlow], Preschool, null)], 1, Today, Token));
        var measured = await InScopeAsync<IDashboardStore, DashboardLabPage>(s => s.ListLabsWithCompletedStepsAsync(null, ["measure"], 0, 10, Today, Token));
        var attended = await InScopeAsync<IDashboardStore, IReadOnlyList<Lab>>(s => s.ListLabsWithAttendanceAsync(schoolOnly, Token));
        var attendedElsewhere = await InScopeAsync<IDashboardStore, IReadOnlyList<Lab>>(s => s.ListLabsWithAttendanceAsync([Preschool], Token));

        // Assert: counts per administration, flow and started; the cancelled lab is in none of them.
        Assert.Equal(
            [(Preschool, LabFlow, true, 1), (School, Conference, false, 1), (School, Conference, true, 1), (School, LabFlow, true, 2)],
            counts.Select(c => (c.AdministrationId, c.DefinitionId, c.Started, c.Labs)).Order());
        // A viewer who sees the school only: the same counts of the school (its cancelled lab still left out), none of the preschool's.
        Assert.Equal(
            [(School, Conference, false, 1), (School, Conference, true, 1), (School, LabFlow, true, 2)],
            schoolCounts.Select(c => (c.AdministrationId, c.DefinitionId, c.Started, c.Labs)).Order());
        Assert.Equal(1, overdue[School]);
        Assert.False(overdue.ContainsKey(Preschool));

        // One lab per list: the newest of the school's labs with its overdue count, the latest held and the next
        // planned conference, and none of the preschool's for a viewer who sees the school only.
        Assert.Equal([(newer, 1)], lists[0].Select(i => (i.Lab.Id, i.OverdueTasks)));
        Assert.Equal([held], lists[1].Select(i => i.Lab.Id));
        Assert.Equal([planned], lists[2].Select(i => i.Lab.Id));
        Assert.Empty(lists[3]);

        // The measured labs leave the cancelled one out; attendance counts even at a cancelled lab.
        Assert.Equal((false, older), (measured.More, Assert.Single(measured.Labs).Lab.Id));
        Assert.Equal([cancelled], attended.Select(l => l.Id));
        Assert.Empty(attendedElsewhere);
        Assert.DoesNotContain(preschool, lists.SelectMany(l => l).Select(i => i.Lab.Id));
    }

    [DatabaseFact]
    public async Task CountOverdueTasks_CountsOpenTasksDueBeforeToday_PerAdministrationOfTheLabFlows()
    {
        // Arrange: a running school lab with one task past due, one due today (not yet overdue), one without a date and
        // a completed one past due; a finished school lab with an old task still open; a preschool lab with one past
        // due; and a school conference (another flow) with one past due.
        var running = await AddLabAsync(0, LabFlow, School, "Pågår", Today.AddDays(-30), "Running");
        var finished = await AddLabAsync(1, LabFlow, School, "Avslutad", Today.AddDays(-300), "Finished");
        var preschool = await AddLabAsync(2, LabFlow, Preschool, "Förskolan", Today.AddDays(-10), "Running");
        var conference = await AddLabAsync(3, Conference, School, "Konferens", Today.AddDays(-5), "Running");
        await AddTaskAsync(running, "late", Today.AddDays(-1), LabTaskStatus.Open);
        await AddTaskAsync(running, "today", Today, LabTaskStatus.Open);
        await AddTaskAsync(running, "undated", null, LabTaskStatus.Open);
        await AddTaskAsync(running, "done", Today.AddDays(-20), LabTaskStatus.Completed);
        await AddTaskAsync(finished, "forgotten", Today.AddDays(-200), LabTaskStatus.Open);
        await AddTaskAsync(preschool, "late", Today.AddDays(-3), LabTaskStatus.Open);
        await AddTaskAsync(conference, "late", Today.AddDays(-2), LabTaskStatus.Open);

        // Act
        var all = (await Figures(null, [LabFlow], Today)).OverdueTasks;
        var schoolOnly = (await Figures([School], [LabFlow], Today)).OverdueTasks;
        var conferences = (await Figures(null, [Conference], Today)).OverdueTasks;
        var tomorrow = (await Figures(null, [LabFlow], Today.AddDays(1))).OverdueTasks;

        // Assert: the task due today is overdue from tomorrow on; the finished lab's open task counts.
        Assert.Equal([(Preschool, 1), (School, 2)], all.Select(c => (c.Key, c.Value)).Order());
        Assert.Equal([(School, 2)], schoolOnly.Select(c => (c.Key, c.Value)));
        Assert.Equal([(School, 1)], conferences.Select(c => (c.Key, c.Value)));
        Assert.Equal([(Preschool, 1), (School, 3)], tomorrow.Select(c => (c.Key, c.Value)).Order());
    }

    [DatabaseFact]
    public async Task ReadFigures_ListsEveryVersionOfEveryFlow_RetractedOnesToo_AsTheDefinitionStoreDoes()
    {
        // Arrange: two versions of one flow (the newer retracted) and one of another, published through the definition store.
        await InScopeAsync<IWorkflowDefinitionStore>(async s =>
        {
            var waitOnce = WorkflowDefinitionSerializer.Deserialize(TestFlows.WaitOnce);
            await s.PublishAsync(waitOnce, null, null, Token);
            await s.PublishAsync(waitOnce, null, null, Token);
            await s.RetractAsync(waitOnce.Id, 2, Token);
            await s.PublishAsync(WorkflowDefinitionSerializer.Deserialize(TestFlows.FiveBranches), null, null, Token);
        });
        var expected = await InScopeAsync<IWorkflowDefinitionStore, List<string>>(async s =>
        {
            var versions = new List<string>();
            foreach (var latest in await s.ListLatestAsync(Token))
            {
                versions.AddRange((await s.ListVersionsAsync(latest.Definition.Id, Token)).Select(v => WorkflowDefinitionSerializer.Serialize(v.Definition)));
            }

            return versions;
        });

        // Act: twice, the second from the parsed flows kept by the first.
        var first = (await Figures(null, [LabFlow], Today)).FlowVersions;
        var second = (await Figures([School], [LabFlow], Today)).FlowVersions;

        // Assert: the same versions, whole, as listed flow by flow through the definition store.
        Assert.Equal(3, expected.Count);
        Assert.Equal(expected.Order(), first.Select(WorkflowDefinitionSerializer.Serialize).Order());
        Assert.Equal(expected.Order(), second.Select(WorkflowDefinitionSerializer.Serialize).Order());
        Assert.Equal([("five", 1), ("wait-once", 1), ("wait-once", 2)], first.Select(f => (f.Id, f.Version)).Order());
    }

    [DatabaseFact]
    public async Task TaskLabBackfill_GivesTasksWrittenBeforeTheColumnsTheirLabs_SoTheyCountAsOverdue()
    {
        // Arrange: overdue tasks of two labs, stored as the migration finds them: without their lab's administration and flow.
        var school = await AddLabAsync(0, LabFlow, School, "Skolan", Today.AddDays(-30), "Running");
        var preschool = await AddLabAsync(1, LabFlow, Preschool, "Förskolan", Today.AddDays(-10), "Running");
        await AddTaskAsync(school, "late", Today.AddDays(-1), LabTaskStatus.Open);
        await AddTaskAsync(preschool, "late", Today.AddDays(-3), LabTaskStatus.Open);
        await InScopeAsync<LabFlowDbContext>(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"Tasks\" SET \"AdministrationId\" = NULL, \"DefinitionId\" = NULL", Token));
        var before = (await Figures(null, [LabFlow], Today)).OverdueTasks;

        // Act
        await InScopeAsync<LabFlowDbContext>(db => db.Database.ExecuteSqlRawAsync(TaskLabBackfill.Sql, Token));
        var after = (await Figures(null, [LabFlow], Today)).OverdueTasks;

        // Assert
        Assert.Empty(before);
        Assert.Equal([(Preschool, 1), (School, 1)], after.Select(c => (c.Key, c.Value)).Order());
    }

    private Task<DashboardFigures> Figures(IReadOnlyCollection<string>? administrations, IReadOnlyCollection<string> labFlowIds, DateOnly today) =>
        InScopeAsync<IDashboardStore, DashboardFigures>(s => s.ReadFiguresAsync(administrations, labFlowIds, today, Token));

    private async Task<Guid> AddLabAsync(int minutes, string flow, string administration, string title, DateOnly start, string status)
    {
        var createdAt = LabFlowTestNode.StartTime.AddMinutes(minutes);
        var lab = new Lab(
            Guid.NewGuid(), flow, title, administration, "Utmaning", ["Arbete"], [new LabMember(Guid.NewGuid(), Role.Facilitator)], start, Paused: false, createdAt, "facilitator");
        await InScopeAsync<ILabStore>(s => s.AddAsync(lab, Token));
        await LabInstanceRows.AddAsync(Node, lab, status, Token);
        return lab.Id;
    }

    private Task<LabTask> AddTaskAsync(Guid labId, string step, DateOnly? due, LabTaskStatus status) =>
        InScopeAsync<ITaskCommands, LabTask>(c => c.AddAsync(
            new LabTask
            {
                Id = Guid.NewGuid(),
                LabId = labId,
                Kind = TaskKinds.Bookmark,
                ActivityId = step,
                Title = LocalizedText.Of("Uppgift"),
                Due = due,
                Status = status,
                ClosedAt = status == LabTaskStatus.Open ? null : LabFlowTestNode.StartTime,
                CreatedAt = LabFlowTestNode.StartTime,
            },
            Token));
}

public sealed class SqliteDashboardStoreContractTests : DashboardStoreContractTests
{
    protected override string Provider => DatabaseProviders.Sqlite;
}

public sealed class PostgreSqlDashboardStoreContractTests : DashboardStoreContractTests, IPostgreSqlTests
{
    protected override string Provider => DatabaseProviders.PostgreSql;
}
