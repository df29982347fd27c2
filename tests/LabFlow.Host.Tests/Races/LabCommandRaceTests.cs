using LabFlow.Activities.Labs;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Races;

/// <summary>
/// Facilitators pausing one lab, moving its start date with the version they read, and cancelling it, each at
/// once on two processes: one of each wins, the rest answer 409, and the lab and its journal agree with the winner.
/// </summary>
public abstract class LabCommandRaceTests(RaceCluster cluster) : RaceTests(cluster)
{
    [DatabaseFact]
    public async Task PauseMoveStartDateAndCancel_HaveExactlyOneWinnerEach_WhenSentAtOnceToTwoProcesses()
    {
        var lab = await Cluster.LaunchAsync();
        var facilitators = await SessionsAsync(Cluster.Facilitators);
        var dates = Enumerable.Range(0, RaceCluster.PerSide).Select(i => new DateOnly(2030, 5, 7).AddDays(7 * i)).ToList();

        var pauses = await RaceCluster.RaceAsync(
            [.. facilitators.Select((client, i) => new RaceRequest($"pause {i}", client, HttpMethod.Post, $"/api/v1/labs/{lab.Id}/pause"))]);
        var paused = await LabAsync(lab.Id);
        var moves = await RaceCluster.RaceAsync(
            [.. facilitators.Select((client, i) => new RaceRequest($"move {i}", client, HttpMethod.Put, $"/api/v1/labs/{lab.Id}/start-date", new { startDate = dates[i] }, IfMatch: paused!.Version))]);
        var cancels = await RaceCluster.RaceAsync(
            [.. facilitators.Select((client, i) => new RaceRequest($"cancel {i}", client, HttpMethod.Post, $"/api/v1/labs/{lab.Id}/cancel", new { reason = $"Skäl {i}" }))]);

        AssertOneWinner(pauses);
        Assert.All(pauses.Where(a => !a.Won), a => Assert.Contains("already paused", a.Detail, StringComparison.Ordinal));
        var moved = AssertOneWinner(moves);
        var cancelled = AssertOneWinner(cancels);
        var stored = await LabAsync(lab.Id);
        Assert.True(stored!.Paused);
        Assert.Equal(dates[int.Parse(moved.Label[5..], System.Globalization.CultureInfo.InvariantCulture)], stored.StartDate);
        var journal = await JournalAsync(lab.Id);
        Assert.Single(journal, e => e.Event == JournalEvent.WorkflowReplanned);
        Assert.Equal($"Skäl {cancelled.Label[7..]}", Assert.Single(journal, e => e.Event == JournalEvent.WorkflowCancelled).Message);
    }

    private Task<Lab?> LabAsync(Guid labId) =>
        Cluster.InScopeAsync(services => services.GetRequiredService<ILabStore>().FindAsync(labId, CancellationToken.None));
}

[Collection(SqliteRaces.Name)]
public sealed class SqliteLabCommandRaceTests(SqliteRaceCluster cluster) : LabCommandRaceTests(cluster);

[Collection(PostgreSqlRaces.Name)]
public sealed class PostgreSqlLabCommandRaceTests(PostgreSqlRaceCluster cluster) : LabCommandRaceTests(cluster), IPostgreSqlTests;
