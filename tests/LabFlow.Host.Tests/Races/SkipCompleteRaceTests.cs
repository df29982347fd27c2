using LabFlow.Activities.Tasks;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Journal;

namespace LabFlow.Host.Tests.Races;

/// <summary>
/// Facilitators skipping a step while its assignee completes it, on two processes at once: the step goes on once,
/// either completed or skipped; every other request answers 409 and none reports a skip that was not applied.
/// </summary>
public abstract class SkipCompleteRaceTests(RaceCluster cluster) : RaceTests(cluster)
{
    [DatabaseFact]
    public async Task SkipAndComplete_HaveExactlyOneWinner_WhenSentAtOnceToTwoProcesses()
    {
        var lab = await Cluster.LaunchAsync();
        var report = (await TaskAsync(lab.Id, "report"))!;
        var facilitators = await SessionsAsync(Cluster.Facilitators);
        var coordinator = new[] { await Cluster.SessionAsync(Cluster.Coordinator, 0), await Cluster.SessionAsync(Cluster.Coordinator, 1) };
        var requests = new List<RaceRequest>();
        for (var i = 0; i < RaceCluster.PerSide; i++)
        {
            requests.Add(new RaceRequest($"skip {i}", facilitators[i], HttpMethod.Post, $"/api/v1/tasks/{report.Id}/skip", new { reason = $"Skäl {i}" }));
            requests.Add(new RaceRequest($"complete {i}", coordinator[i % 2], HttpMethod.Post, $"/api/v1/tasks/{report.Id}/complete", new { answers = new { } }));
        }

        var answers = await RaceCluster.RaceAsync(requests);

        var winner = AssertOneWinner(answers);
        var stored = (await TaskAsync(lab.Id, "report"))!;
        var closing = Assert.Single(stored.History, h => h.Kind is TaskHistoryKind.Completed or TaskHistoryKind.Skipped);
        var skipped = winner.Label.StartsWith("skip", StringComparison.Ordinal);
        var winnerId = skipped ? Cluster.Facilitators[int.Parse(winner.Label[5..], System.Globalization.CultureInfo.InvariantCulture)].Id : Cluster.Coordinator.Id;
        Assert.Equal(skipped ? LabTaskStatus.Skipped : LabTaskStatus.Completed, stored.Status);
        Assert.Equal(winnerId.ToString(), closing.Actor);
        if (skipped)
        {
            Assert.Equal($"Skäl {winner.Label[5..]}", closing.Note);
        }

        var journal = await JournalAsync(lab.Id);
        Assert.Equal(winnerId.ToString(), Assert.Single(journal, e => e.Event == JournalEvent.ActivityResumed && e.ActivityId == "report").Actor);
        Assert.Single(journal, e => e.Event is JournalEvent.ActivityCompleted or JournalEvent.ActivitySkipped && e.ActivityId == "report");
        Assert.Single(journal, e => e.Event == JournalEvent.ActivityStarted && e.ActivityId == "next");
        Assert.NotNull(await TaskAsync(lab.Id, "next"));
    }
}

[Collection(SqliteRaces.Name)]
public sealed class SqliteSkipCompleteRaceTests(SqliteRaceCluster cluster) : SkipCompleteRaceTests(cluster);

[Collection(PostgreSqlRaces.Name)]
public sealed class PostgreSqlSkipCompleteRaceTests(PostgreSqlRaceCluster cluster) : SkipCompleteRaceTests(cluster), IPostgreSqlTests;
