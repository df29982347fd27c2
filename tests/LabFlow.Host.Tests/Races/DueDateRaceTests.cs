using System.Text.Json;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.Races;

/// <summary>
/// Facilitators moving one due date at once with the version they all read, on two processes: one move wins and the
/// others answer 409; a move carrying the winner's new ETag then goes through (two moves in a row), a stale one does not.
/// </summary>
public abstract class DueDateRaceTests(RaceCluster cluster) : RaceTests(cluster)
{
    [DatabaseFact]
    public async Task MoveDueDate_HasExactlyOneWinner_WhenMovesWithTheSameVersionAreSentAtOnce()
    {
        var lab = await Cluster.LaunchAsync();
        var report = (await TaskAsync(lab.Id, "report"))!;
        var facilitators = await SessionsAsync(Cluster.Facilitators);
        var dates = Enumerable.Range(0, RaceCluster.PerSide).Select(i => new DateOnly(2030, 5, 7).AddDays(7 * i)).ToList();

        var answers = await RaceCluster.RaceAsync(
            [.. facilitators.Select((client, i) => new RaceRequest($"move {i}", client, HttpMethod.Put, $"/api/v1/tasks/{report.Id}/due", new { due = dates[i] }, IfMatch: report.Version))]);

        var winner = AssertOneWinner(answers);
        var moved = (await TaskAsync(lab.Id, "report"))!;
        Assert.Equal(dates[int.Parse(winner.Label[5..], System.Globalization.CultureInfo.InvariantCulture)], moved.Due);
        Assert.Single(moved.History, h => h.Kind == TaskHistoryKind.DueDateMoved);
        Assert.All(answers.Where(a => !a.Won), a => Assert.Contains("changed after you read it", a.Detail, StringComparison.Ordinal));
        Assert.Equal($"\"{moved.Version}\"", winner.ETag);
    }

    [DatabaseFact]
    public async Task MoveDueDate_TellsTwoMovesInARowFromAStaleOne_ByTheVersionTheyCarry()
    {
        var lab = await Cluster.LaunchAsync();
        var report = (await TaskAsync(lab.Id, "report"))!;
        var facilitator = await Cluster.SessionAsync(Cluster.Facilitators[0], 0);
        var other = await Cluster.SessionAsync(Cluster.Facilitators[1], 1);
        using var read = await facilitator.GetAsync($"/api/v1/tasks/{report.Id}");
        var etag = read.Headers.ETag!.Tag;

        var first = await RaceCluster.RaceAsync([new RaceRequest("first", facilitator, HttpMethod.Put, $"/api/v1/tasks/{report.Id}/due", new { due = "2030-04-01" }, IfMatch: long.Parse(etag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture))]);
        var second = await RaceCluster.RaceAsync([new RaceRequest("second", other, HttpMethod.Put, $"/api/v1/tasks/{report.Id}/due", new { due = "2030-04-08", version = long.Parse(first[0].ETag!.Trim('"'), System.Globalization.CultureInfo.InvariantCulture) })]);
        var stale = await RaceCluster.RaceAsync([new RaceRequest("stale", facilitator, HttpMethod.Put, $"/api/v1/tasks/{report.Id}/due", new { due = "2030-04-15" }, IfMatch: report.Version)]);
        var unversioned = await RaceCluster.RaceAsync([new RaceRequest("unversioned", other, HttpMethod.Put, $"/api/v1/tasks/{report.Id}/due", new { due = "2030-04-22" })]);

        Assert.Equal($"\"{report.Version}\"", etag);
        Assert.Equal([200, 200, 409, 428], new[] { first[0].Status, second[0].Status, stale[0].Status, unversioned[0].Status });
        Assert.StartsWith("Task 'Rapportera intervjuer' changed after you read it (you sent version", stale[0].Detail, StringComparison.Ordinal);
        Assert.Contains("If-Match", unversioned[0].Detail, StringComparison.Ordinal);
        var stored = (await TaskAsync(lab.Id, "report"))!;
        Assert.Equal(new DateOnly(2030, 4, 8), stored.Due);
        Assert.Equal(2, stored.History.Count(h => h.Kind == TaskHistoryKind.DueDateMoved));
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(second[0].Body).RootElement.ValueKind);
    }
}

[Collection(SqliteRaces.Name)]
public sealed class SqliteDueDateRaceTests(SqliteRaceCluster cluster) : DueDateRaceTests(cluster);

[Collection(PostgreSqlRaces.Name)]
public sealed class PostgreSqlDueDateRaceTests(PostgreSqlRaceCluster cluster) : DueDateRaceTests(cluster), IPostgreSqlTests;
