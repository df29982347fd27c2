using LabFlow.Activities.Tasks;
using LabFlow.Host.Tests.TestInfrastructure;

namespace LabFlow.Host.Tests.Races;

/// <summary>
/// Candidates claiming one task at once, then its new assignee delegating it to several people at once, on two
/// processes: one claim and one delegation win, and the history names exactly those.
/// </summary>
public abstract class ClaimDelegateRaceTests(RaceCluster cluster) : RaceTests(cluster)
{
    [DatabaseFact]
    public async Task ClaimAndDelegate_HaveExactlyOneWinnerEach_WhenSentAtOnceToTwoProcesses()
    {
        var lab = await Cluster.LaunchAsync();
        var group = (await TaskAsync(lab.Id, "group"))!;
        var candidates = await SessionsAsync(Cluster.Communicators);

        var claims = await RaceCluster.RaceAsync(
            [.. candidates.Select((client, i) => new RaceRequest($"claim {i}", client, HttpMethod.Post, $"/api/v1/tasks/{group.Id}/claim"))]);

        var claimWinner = AssertOneWinner(claims);
        var claimer = Cluster.Communicators[int.Parse(claimWinner.Label[6..], System.Globalization.CultureInfo.InvariantCulture)];
        var claimed = (await TaskAsync(lab.Id, "group"))!;
        Assert.Equal(claimer.Id, claimed.AssigneeId);
        Assert.Equal(claimer.Id, Assert.Single(claimed.History, h => h.Kind == TaskHistoryKind.Claimed).To);
        Assert.All(claims.Where(a => !a.Won), a => Assert.Contains("claim", a.Detail, StringComparison.Ordinal));

        var others = Cluster.Communicators.Where(c => c.Id != claimer.Id).ToList();
        HttpClient[] claimerSessions = [await Cluster.SessionAsync(claimer, 0), await Cluster.SessionAsync(claimer, 1)];
        var delegations = await RaceCluster.RaceAsync(
            [.. others.Select((to, i) => new RaceRequest($"delegate {i}", claimerSessions[i % 2], HttpMethod.Post, $"/api/v1/tasks/{group.Id}/delegate", new { toPersonId = to.Id }))]);

        var delegateWinner = AssertOneWinner(delegations);
        var to = others[int.Parse(delegateWinner.Label[9..], System.Globalization.CultureInfo.InvariantCulture)];
        var delegated = (await TaskAsync(lab.Id, "group"))!;
        Assert.Equal(to.Id, delegated.AssigneeId);
        var entry = Assert.Single(delegated.History, h => h.Kind == TaskHistoryKind.Delegated);
        Assert.Equal((claimer.Id, to.Id), (entry.From!.Value, entry.To!.Value));
        Assert.All(delegations.Where(a => !a.Won), a => Assert.Contains("delegated", a.Detail, StringComparison.Ordinal));
    }
}

[Collection(SqliteRaces.Name)]
public sealed class SqliteClaimDelegateRaceTests(SqliteRaceCluster cluster) : ClaimDelegateRaceTests(cluster);

[Collection(PostgreSqlRaces.Name)]
public sealed class PostgreSqlClaimDelegateRaceTests(PostgreSqlRaceCluster cluster) : ClaimDelegateRaceTests(cluster), IPostgreSqlTests;
