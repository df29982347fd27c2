using LabFlow.Activities.Collections;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Domain.Collections;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>
/// Two nodes on one PostgreSQL database: a change published on node A reaches a board open on node B through
/// LISTEN/NOTIFY, and node A's own boards hear it once, not again from the database.
/// </summary>
public sealed class PostgreSqlBoardNotificationTests : DomainStoreTestBase, IPostgreSqlTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    protected override string Provider => DatabaseProviders.PostgreSql;

    [DatabaseFact]
    public async Task Publish_ReachesABoardOnAnotherNode_WhenBothShareOnePostgreSqlDatabase()
    {
        await using var nodeB = CreateNode();
        var notifierA = Node.Get<PostgreSqlCollectionNotifier>();
        var notifierB = nodeB.Get<PostgreSqlCollectionNotifier>();
        await notifierA.StartAsync(Token);
        await notifierB.StartAsync(Token);
        await Task.WhenAll(notifierA.Listening, notifierB.Listening).WaitAsync(Wait, Token);
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
}
