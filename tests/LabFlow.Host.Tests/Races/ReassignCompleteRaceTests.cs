using LabFlow.Activities.Tasks;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Journal;

namespace LabFlow.Host.Tests.Races;

/// <summary>
/// Facilitators reassigning a task (each with the version they read) while its assignee completes it, on two
/// processes at once: either one reassignment or the completion wins, never both.
/// </summary>
public abstract class ReassignCompleteRaceTests(RaceCluster cluster) : RaceTests(cluster)
{
    [DatabaseFact]
    public async Task ReassignAndComplete_HaveExactlyOneWinner_WhenSentAtOnceToTwoProcesses()
    {
        var lab = await Cluster.LaunchAsync();
        var report = (await TaskAsync(lab.Id, "report"))!;
        var facilitators = await SessionsAsync(Cluster.Facilitators);
        HttpClient[] coordinator = [await Cluster.SessionAsync(Cluster.Coordinator, 0), await Cluster.SessionAsync(Cluster.Coordinator, 1)];
        var requests = new List<RaceRequest>();
        for (var i = 0; i < RaceCluster.PerSide; i++)
        {
            requests.Add(new RaceRequest(
                $"reassign {i}", facilitators[i], HttpMethod.Post, $"/api/v1/tasks/{report.Id}/reassign", new { toPersonId = Cluster.Facilitators[i].Id }, IfMatch: report.Version));
            requests.Add(new RaceRequest($"complete {i}", coordinator[i % 2], HttpMethod.Post, $"/api/v1/tasks/{report.Id}/complete", new { answers = new { } }));
        }

        var answers = await RaceCluster.RaceAsync(requests);

        var winner = AssertOneWinner(answers);
        var stored = (await TaskAsync(lab.Id, "report"))!;
        var journal = await JournalAsync(lab.Id);
        if (winner.Label.StartsWith("reassign", StringComparison.Ordinal))
        {
            var to = Cluster.Facilitators[int.Parse(winner.Label[9..], System.Globalization.CultureInfo.InvariantCulture)];
            Assert.True(stored.IsOpen);
            Assert.Equal(to.Id, stored.AssigneeId);
            Assert.Equal(to.Id, Assert.Single(stored.History, h => h.Kind == TaskHistoryKind.Reassigned).To);
            Assert.DoesNotContain(stored.History, h => h.Kind == TaskHistoryKind.Completed);
            Assert.DoesNotContain(journal, e => e.Event == JournalEvent.ActivityCompleted && e.ActivityId == "report");
            Assert.Null(await TaskAsync(lab.Id, "next"));
        }
        else
        {
            Assert.Equal(LabTaskStatus.Completed, stored.Status);
            Assert.Equal(Cluster.Coordinator.Id, stored.AssigneeId);
            Assert.DoesNotContain(stored.History, h => h.Kind == TaskHistoryKind.Reassigned);
            Assert.Single(journal, e => e.Event == JournalEvent.ActivityCompleted && e.ActivityId == "report");
            Assert.NotNull(await TaskAsync(lab.Id, "next"));
        }
    }
}

[Collection(SqliteRaces.Name)]
public sealed class SqliteReassignCompleteRaceTests(SqliteRaceCluster cluster) : ReassignCompleteRaceTests(cluster);

[Collection(PostgreSqlRaces.Name)]
public sealed class PostgreSqlReassignCompleteRaceTests(PostgreSqlRaceCluster cluster) : ReassignCompleteRaceTests(cluster), IPostgreSqlTests;
