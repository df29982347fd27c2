using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain.Collections;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>
/// Two nodes on one PostgreSQL database: a change published on node A reaches a board open on node B through
/// LISTEN/NOTIFY, and node A's own boards hear it once, not again from the database; an idea written through node
/// A's application service is on node B's board when its notification arrives there.
/// </summary>
public sealed class PostgreSqlBoardNotificationTests : DomainStoreTestBase, IPostgreSqlTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    protected override string Provider => DatabaseProviders.PostgreSql;

    [DatabaseFact]
    public async Task Publish_ReachesABoardOnAnotherNode_WhenBothShareOnePostgreSqlDatabase()
    {
        await using var nodeB = CreateNode();
        var (notifierA, notifierB) = await ListenAsync(nodeB);
        var collectionId = Guid.NewGuid();
        var onB = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondOnA = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var heardOnA = 0;
        using var boardB = nodeB.Get<ICollectionNotifier>().Subscribe(collectionId, () =>
        {
            onB.TrySetResult();
            return Task.CompletedTask;
        });
        using var boardA = Node.Get<ICollectionNotifier>().Subscribe(collectionId, () =>
        {
            if (Interlocked.Increment(ref heardOnA) > 1)
            {
                secondOnA.TrySetResult();
            }

            return Task.CompletedTask;
        });

        Node.Get<ICollectionNotifier>().Publish(collectionId);
        await onB.Task.WaitAsync(Wait, Token);

        // B answers with a change of its own; A hears that one, and nothing else came back to A in between.
        nodeB.Get<ICollectionNotifier>().Publish(collectionId);
        await secondOnA.Task.WaitAsync(Wait, Token);
        await notifierA.StopAsync(Token);
        await notifierB.StopAsync(Token);

        Assert.Equal(2, Volatile.Read(ref heardOnA));
    }

    [DatabaseFact]
    public async Task SubmitAsync_OnNodeA_ReachesABoardOpenOnNodeB_WithTheIdeaReadableThere()
    {
        // Arrange: an open board (opened by a real commit, as a CollectIdeas step opens it) and a subscription on node B.
        var author = Guid.NewGuid();
        var board = new LabCollection(
            Guid.NewGuid(), Guid.NewGuid(), "ideas", Guid.NewGuid(), CollectionKind.Ideas, LocalizedText.Of("Idéer", "Ideas"), [author], null,
            LabFlowTestNode.StartTime.AddDays(7), [new JsonObject { ["key"] = "idea", ["type"] = "Text", ["label"] = "Idé", ["required"] = true }],
            SourceCollectionId: null, VotesPerPerson: 0, Anonymous: false, LabFlowTestNode.StartTime);
        var instance = new WorkflowInstance
        {
            Id = board.LabId, DefinitionId = "lab", DefinitionVersion = 1, Status = WorkflowStatus.Suspended, ConcurrencyToken = 1,
            CreatedAt = LabFlowTestNode.StartTime, UpdatedAt = LabFlowTestNode.StartTime, State = new WorkflowState(),
        };
        await InScopeAsync<IWorkflowCommitStore>(s => s.CommitAsync(new WorkflowCommit(instance, null, [], [], [], [new CollectionOpened(Guid.NewGuid(), board)]), Token));
        await using var nodeB = CreateNode();
        var (notifierA, notifierB) = await ListenAsync(nodeB);
        var seenOnB = new TaskCompletionSource<IReadOnlyList<IdeaSubmission>>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var boardB = nodeB.Get<ICollectionNotifier>().Subscribe(board.Id, async () =>
            seenOnB.TrySetResult(await nodeB.InScopeAsync(sp => sp.GetRequiredService<ICollectionStore>().ListSubmissionsAsync(board.Id, Token))));

        // Act: the author writes an idea through node A's service, as the board page or the API on node A does.
        var result = await InScopeAsync<CollectionService, SubmissionResult>(
            c => c.SubmitAsync(board.Id, author, new JsonObject { ["idea"] = "Gångbuss till skolan" }, Token));
        var onB = await seenOnB.Task.WaitAsync(Wait, Token);
        await notifierA.StopAsync(Token);
        await notifierB.StopAsync(Token);

        // Assert
        Assert.Empty(result.Errors);
        var idea = Assert.Single(onB);
        Assert.Equal(result.Submission!.Id, idea.Id);
        Assert.Equal("Gångbuss till skolan", idea.Answers["idea"]!.GetValue<string>());
    }

    /// <summary>Starts this node's and <paramref name="nodeB"/>'s notifiers and waits until both listen.</summary>
    private async Task<(PostgreSqlCollectionNotifier A, PostgreSqlCollectionNotifier B)> ListenAsync(LabFlowTestNode nodeB)
    {
        var notifierA = Node.Get<PostgreSqlCollectionNotifier>();
        var notifierB = nodeB.Get<PostgreSqlCollectionNotifier>();
        await notifierA.StartAsync(Token);
        await notifierB.StartAsync(Token);
        await Task.WhenAll(notifierA.Listening, notifierB.Listening).WaitAsync(Wait, Token);
        return (notifierA, notifierB);
    }
}
