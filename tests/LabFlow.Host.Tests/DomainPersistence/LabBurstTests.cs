using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>
/// The real runtime, the lab domain and the EF Core stores on SQLite: a UserTask's task row is written by its
/// burst's commit, and completing it through <see cref="TaskService"/> closes it and moves the lab, atomically.
/// </summary>
public sealed class LabBurstTests : DomainStoreTestBase
{
    private const string Flow = """
        {
          "id": "burst-lab",
          "version": 1,
          "name": "Burst lab",
          "phases": [ { "id": "explore", "name": "Utforska" }, { "id": "ideate", "name": "Idéera" } ],
          "variables": [],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "report", "type": "UserTask", "phase": "explore",
              "inputs": { "title": "Rapportera intervjuer", "assignee": { "role": "Coordinator" }, "informed": ["Sponsor"],
                          "form": [ { "key": "interviews", "type": "Number", "label": "Antal intervjuer", "required": true } ] } },
            { "id": "next", "type": "UserTask", "phase": "ideate", "inputs": { "title": "Nästa steg", "assignee": { "role": "Facilitator" } } }
          ],
          "connections": [ { "from": "start", "to": "report" }, { "from": "report", "to": "next" } ]
        }
        """;

    private static readonly string School = PilotAdministrations.Grundskoleforvaltningen.Id;
    private static readonly Person Facilitator = new(Guid.Parse("10000000-0000-0000-0000-000000000001"), "Fia Facilitator", "fia@example.se");
    private static readonly Person Coordinator = new(Guid.Parse("10000000-0000-0000-0000-000000000002"), "Kim Samordnare", "kim@example.se");
    private static readonly Person Sponsor = new(Guid.Parse("10000000-0000-0000-0000-000000000004"), "Sam Sponsor", "sam@example.se");

    private readonly FailingEffectWriter _failing = new();

    protected override string Provider => DatabaseProviders.Sqlite;

    [DatabaseFact]
    public async Task Launch_WritesTheTaskRowWithTheBurst_ForTheResolvedAssigneeAndInformed()
    {
        await using var node = await PrepareLabNodeAsync();

        var lab = await LaunchAsync(node);

        var task = Assert.Single(await TasksAsync(node, lab.Id));
        Assert.Equal("report", task.ActivityId);
        Assert.Equal(LabTaskStatus.Open, task.Status);
        Assert.Equal(Coordinator.Id, task.AssigneeId);
        Assert.Equal([Sponsor.Id], task.Informed);
        Assert.NotNull(task.BookmarkId);
        Assert.Contains(await node.BookmarksAsync(lab.Id), b => b.Id == task.BookmarkId);
        Assert.Equal([task.Id], (await node.InScopeAsync(sp => sp.GetRequiredService<ITaskStore>().ListForPersonAsync(Sponsor.Id, includeClosed: false, Token))).Select(t => t.Id));
    }

    [DatabaseFact]
    public async Task CompleteAsync_ClosesTheTaskAndMovesTheLab()
    {
        await using var node = await PrepareLabNodeAsync();
        var lab = await LaunchAsync(node);
        var report = Assert.Single(await TasksAsync(node, lab.Id));

        var result = await CompleteAsync(node, report.Id);

        Assert.Equal(TaskCompletionStatus.Completed, result.Status);
        var tasks = await TasksAsync(node, lab.Id);
        var completed = Assert.Single(tasks, t => t.ActivityId == "report");
        Assert.Equal(LabTaskStatus.Completed, completed.Status);
        Assert.Equal(3, completed.Answers!["interviews"]!.GetValue<int>());
        Assert.Equal(2, completed.Version);
        Assert.Equal(LabFlowTestNode.StartTime, completed.ClosedAt);
        var next = Assert.Single(tasks, t => t.ActivityId == "next");
        Assert.Equal(Facilitator.Id, next.AssigneeId);
        Assert.Equal(["ideate"], (await node.InstanceAsync(lab.Id)).ActivePhases);
    }

    [DatabaseFact]
    public async Task CompleteAsync_LeavesTheTaskOpenAndNoNewTask_WhenTheBurstFailsAfterWritingTaskRows()
    {
        await using var node = await PrepareLabNodeAsync();
        var lab = await LaunchAsync(node);
        var report = Assert.Single(await TasksAsync(node, lab.Id));
        _failing.FailOnActivityId = "next";

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => CompleteAsync(node, report.Id));

        Assert.Equal(FailingEffectWriter.FailureMessage, exception.Message);
        var stored = Assert.Single(await TasksAsync(node, lab.Id));
        Assert.Equal(LabTaskStatus.Open, stored.Status);
        Assert.Equal(1, stored.Version);
        Assert.Equal(["explore"], (await node.InstanceAsync(lab.Id)).ActivePhases);

        _failing.FailOnActivityId = null;
        Assert.Equal(TaskCompletionStatus.Completed, (await CompleteAsync(node, report.Id)).Status);
        Assert.Equal(2, (await TasksAsync(node, lab.Id)).Count);
    }

    [DatabaseFact]
    public async Task CompleteAsync_CompletesOnceAndCreatesTheNextTaskOnce_WhenTwoNodesCompleteTheSameTaskAtOnce()
    {
        await using var first = await PrepareLabNodeAsync();
        await using var second = CreateNode();
        var lab = await LaunchAsync(first);
        var report = Assert.Single(await TasksAsync(first, lab.Id));

        var results = await Task.WhenAll(
            Task.Run(() => CompleteAsync(first, report.Id)),
            Task.Run(() => CompleteAsync(second, report.Id)));

        Assert.Single(results, r => r.Status == TaskCompletionStatus.Completed);
        Assert.Single(results, r => r.Status == TaskCompletionStatus.AlreadyClosed);
        var tasks = await TasksAsync(first, lab.Id);
        var completed = Assert.Single(tasks, t => t.ActivityId == "report");
        Assert.Single(completed.History, h => h.Kind == TaskHistoryKind.Completed);
        Assert.Single(tasks, t => t.ActivityId == "next");
    }

    private async Task<LabFlowTestNode> PrepareLabNodeAsync()
    {
        var node = CreateNode(services => services.AddScoped<IEfCoreEffectWriter>(_ => _failing));
        var loaded = node.Get<WorkflowDefinitionLoader>().Load("burst-lab.json", Flow);
        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Errors));
        await node.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(loaded.Definition!, "test", null, Token);
            var directory = sp.GetRequiredService<IDirectoryCommands>();
            foreach (var (person, role) in new[] { (Facilitator, Role.Facilitator), (Coordinator, Role.Coordinator), (Sponsor, Role.Sponsor) })
            {
                await directory.SavePersonAsync(person, Token);
                await directory.AddMembershipAsync(new Membership(person.Id, School, role), Token);
            }
        });
        return node;
    }

    private Task<Lab> LaunchAsync(LabFlowTestNode node) =>
        node.InScopeAsync(sp => sp.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest("burst-lab", "Jämlik rekrytering", School, "Hur kan vi rekrytera mer jämlikt?", new DateOnly(2026, 2, 2), [new LabMember(Facilitator.Id, Role.Facilitator)]),
            Facilitator.Id,
            Token));

    private Task<TaskCompletionResult> CompleteAsync(LabFlowTestNode node, Guid taskId) =>
        node.InScopeAsync(sp => sp.GetRequiredService<TaskService>().CompleteAsync(taskId, Coordinator.Id, null, JsonNode.Parse("""{ "interviews": 3 }""")!.AsObject(), Token));

    private Task<IReadOnlyList<LabTask>> TasksAsync(LabFlowTestNode node, Guid labId) =>
        node.InScopeAsync(sp => sp.GetRequiredService<ITaskStore>().ListByLabAsync(labId, Token));
}
