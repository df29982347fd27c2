using LabFlow.Activities.Collections;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Workflows.Execution;

namespace LabFlow.Activities.Tests.Collections;

public sealed class CollectionTests
{
    private static readonly string IdeationFlow = LabTestHost.Flow(
        """
        { "id": "collect", "type": "CollectIdeas",
          "inputs": { "title": "Idéer", "closes": { "daysAfterStart": 4 }, "resultVariable": "ideas",
                      "form": [ { "key": "idea", "type": "Text", "label": "Idé", "required": true } ] } },
        { "id": "vote", "type": "DotVote",
          "inputs": { "title": "Rösta", "source": "collect", "votesPerPerson": 2, "closes": { "daysAfterStart": 7 }, "resultVariable": "ranking" } },
        { "id": "after", "type": "UserTask", "inputs": { "title": "Välj prototyp", "assignee": { "role": "Facilitator" } } }
        """,
        """[ { "from": "start", "to": "collect" }, { "from": "collect", "to": "vote" }, { "from": "vote", "to": "after" } ]""",
        variables: """[ { "name": "ideas", "type": "List" }, { "name": "ranking", "type": "List" } ]""");

    private static readonly Guid Ada = LabTestHost.Participants[0].Id;
    private static readonly Guid Bo = LabTestHost.Participants[1].Id;
    private static readonly Guid Cy = LabTestHost.Participants[2].Id;

    [Fact]
    public async Task CollectIdeas_TakesAnyNumberOfSubmissions_UntilFacilitatorCloses()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(IdeationFlow);
        var collection = await CollectionAsync(host, lab, "collect");
        var service = host.Get<CollectionService>();

        await SubmitAsync(host, collection, Ada, "Anonyma ansökningar");
        await SubmitAsync(host, collection, Ada, "Fler kanaler");
        await SubmitAsync(host, collection, Bo, "Mentorer");
        var invalid = await service.SubmitAsync(collection.Id, Cy, LabTestHost.Answers("{}"), host.Token);
        var outsider = await Assert.ThrowsAsync<LabDomainException>(() => service.SubmitAsync(collection.Id, LabTestHost.OtherCoordinator.Id, LabTestHost.Answers("""{ "idea": "x" }"""), host.Token));
        var close = await service.CloseAsync(collection.Id, LabTestHost.Facilitator.Id, host.Token);

        Assert.False(invalid.Succeeded);
        Assert.Equal("idea", Assert.Single(invalid.Errors).Path);
        Assert.Equal($"You are not one of the participants of collection {collection.Id}.", outsider.Message);
        Assert.Equal(ResumeOutcome.Resumed, close.Outcome);
        var ideas = (await host.InstanceAsync(lab.Id)).State.Variables["ideas"]!.AsArray();
        Assert.Equal(["Anonyma ansökningar", "Fler kanaler", "Mentorer"], ideas.Select(i => i!["idea"]!.GetValue<string>()));
        Assert.False((await CollectionAsync(host, lab, "collect")).IsOpen);
        var late = await Assert.ThrowsAsync<LabDomainException>(() => service.SubmitAsync(collection.Id, Cy, LabTestHost.Answers("""{ "idea": "Sent" }"""), host.Token));
        Assert.Equal("'Idéer' is closed.", late.Message);
        Assert.True((await CollectionAsync(host, lab, "vote")).IsOpen);
    }

    [Fact]
    public async Task DotVote_RanksIdeas_KeepsNoVoter_AndLimitsVotesPerPerson()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(IdeationFlow);
        var ideas = await CollectionAsync(host, lab, "collect");
        var first = await SubmitAsync(host, ideas, Ada, "Anonyma ansökningar");
        var second = await SubmitAsync(host, ideas, Bo, "Mentorer");
        await SubmitAsync(host, ideas, Cy, "Fler kanaler");
        await host.AdvanceAsync(new DateTimeOffset(2026, 6, 5, 22, 0, 1, TimeSpan.Zero) - host.Time.GetUtcNow());
        var vote = await CollectionAsync(host, lab, "vote");
        var service = host.Get<CollectionService>();

        await service.VoteAsync(vote.Id, Ada, [second.Id, second.Id], host.Token);
        await service.VoteAsync(vote.Id, Bo, [first.Id], host.Token);
        await service.VoteAsync(vote.Id, Cy, [second.Id], host.Token);
        var tooMany = await Assert.ThrowsAsync<LabDomainException>(() => service.VoteAsync(vote.Id, Ada, [first.Id], host.Token));
        await host.AdvanceAsync(new DateTimeOffset(2026, 6, 8, 22, 0, 1, TimeSpan.Zero) - host.Time.GetUtcNow());

        Assert.Equal("You have 0 of your 2 votes left; choose at most that many ideas.", tooMany.Message);
        var rows = await host.Get<ICollectionStore>().ListVotesAsync(vote.Id, host.Token);
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Null(r.VoterId));
        var ranking = (await host.InstanceAsync(lab.Id)).State.Variables["ranking"]!.AsArray();
        Assert.Equal(
            [("Mentorer", 3), ("Anonyma ansökningar", 1), ("Fler kanaler", 0)],
            ranking.Select(r => (r!["idea"]!["idea"]!.GetValue<string>(), r["votes"]!.GetValue<int>())));
        // Ideas carry their authors; the vote's own steps must name no voter.
        var journal = string.Join("\n", (await host.JournalAsync(lab.Id)).Where(e => e.ActivityId == "vote").Select(e => $"{e.Actor} {e.Message} {e.Data?.ToJsonString()}"));
        Assert.Contains("ranking", journal, StringComparison.Ordinal);
        Assert.DoesNotContain(Ada.ToString(), journal, StringComparison.Ordinal);
        Assert.DoesNotContain(Cy.ToString(), journal, StringComparison.Ordinal);
        Assert.NotNull(await host.OpenTaskAsync(lab.Id, "after"));
    }

    [Fact]
    public async Task Load_RefusesDotVote_WhenSourceIsNotCollectIdeas()
    {
        await using var host = new LabTestHost();
        var flow = LabTestHost.Flow(
            """{ "id": "vote", "type": "DotVote", "inputs": { "title": "Rösta", "source": "start", "closes": { "daysAfterStart": 7 } } }""",
            """[ { "from": "start", "to": "vote" } ]""");

        var result = host.Load(flow);

        Assert.Contains(result.Errors, e => e.ToString().Contains("$.activities[1].inputs.source: source 'start' must be the id of a CollectIdeas activity, and the flow has none; add a CollectIdeas step first.", StringComparison.Ordinal));
    }

    private static async Task<LabCollection> CollectionAsync(LabTestHost host, Lab lab, string activityId) =>
        await host.Get<ICollectionStore>().FindByActivityAsync(lab.Id, activityId, host.Token) ?? throw new InvalidOperationException($"No collection for {activityId}.");

    private static async Task<IdeaSubmission> SubmitAsync(LabTestHost host, LabCollection collection, Guid person, string idea)
    {
        var result = await host.Get<CollectionService>().SubmitAsync(collection.Id, person, LabTestHost.Answers($$"""{ "idea": "{{idea}}" }"""), host.Token);
        return result.Submission ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }
}
