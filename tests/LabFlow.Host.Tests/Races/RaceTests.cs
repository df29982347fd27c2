using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Races;

/// <summary>
/// What every race test class needs: the cluster, its sessions, the stored task and journal, and the one-winner check.
/// After each race the dashboard's counts kept by the database's triggers must still equal the rows they count (the
/// raced writes ran on two processes at once, through the engine's own writers).
/// </summary>
public abstract class RaceTests(RaceCluster cluster) : IAsyncLifetime
{
    protected RaceCluster Cluster => cluster;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() =>
        Cluster.InScopeAsync(services => DashboardCounterCheck.AssertMatchesRowsAsync(services.GetRequiredService<LabFlowDbContext>()));

    /// <summary>Exactly one answer is 2xx and every other is 409 with a detail that says what happened; returns the winner.</summary>
    protected static RaceAnswer AssertOneWinner(IReadOnlyList<RaceAnswer> answers)
    {
        var summary = string.Join(Environment.NewLine, answers.Select(a => $"{a.Label}: {a.Status} {a.Body[..Math.Min(300, a.Body.Length)]}"));
        var winner = Assert.Single(answers, a => a.Won);
        Assert.True(answers.Where(a => !a.Won).All(a => a.Status == 409 && a.Detail.Length > 0), summary);
        return winner;
    }

    /// <summary>The stored task of <paramref name="activityId"/> in the lab (the one, or none).</summary>
    protected Task<LabTask?> TaskAsync(Guid labId, string activityId) =>
        Cluster.InScopeAsync(async services =>
            (await services.GetRequiredService<ITaskStore>().ListByLabAsync(labId, CancellationToken.None)).SingleOrDefault(t => t.ActivityId == activityId));

    protected Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid labId) =>
        Cluster.InScopeAsync(services => services.GetRequiredService<IWorkflowJournalStore>().ListAsync(labId, CancellationToken.None));

    /// <summary>Sessions of <paramref name="people"/>, the i-th on process i mod 2.</summary>
    protected async Task<IReadOnlyList<HttpClient>> SessionsAsync(IEnumerable<Activities.Organisation.Person> people) =>
        await Task.WhenAll(people.Select((p, i) => Cluster.SessionAsync(p, i % 2)));
}
