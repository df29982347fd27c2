using LabFlow.Activities.Collections;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Collections;

public sealed class CollectionViewTests
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

    [Fact]
    public async Task GetAsync_ShowsIdeasWithoutAuthors_AndMarksTheViewersOwn()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(IdeationFlow);
        var collection = await CollectionAsync(host, lab, "collect");
        await SubmitAsync(host, collection, Ada, "Anonyma ansökningar");
        await SubmitAsync(host, collection, Bo, "Mentorer");

        var asAda = await host.Get<CollectionService>().GetAsync(collection.Id, Ada, host.Token);
        var asFacilitator = await host.Get<CollectionService>().GetAsync(collection.Id, LabTestHost.Facilitator.Id, host.Token);

        Assert.Equal((CollectionKind.Ideas, true, true, (int?)null), (asAda.Kind, asAda.IsOpen, asAda.IsParticipant, asAda.VotesLeft));
        Assert.Equal([("Anonyma ansökningar", true), ("Mentorer", false)], asAda.Ideas.Select(i => (i.Answers["idea"]!.GetValue<string>(), i.Mine)));
        Assert.DoesNotContain(Ada.ToString(), System.Text.Json.JsonSerializer.Serialize(asAda), StringComparison.Ordinal);
        Assert.False(asFacilitator.IsParticipant);
        Assert.All(asFacilitator.Ideas, i => Assert.False(i.Mine));
    }

    [Fact]
    public async Task GetAsync_ShowsVotesLeftWhileOpen_AndCountsOnlyOnceClosed()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(IdeationFlow);
        var ideas = await CollectionAsync(host, lab, "collect");
        var first = await SubmitAsync(host, ideas, Ada, "Anonyma ansökningar");
        var second = await SubmitAsync(host, ideas, Bo, "Mentorer");
        await host.AdvanceAsync(new DateTimeOffset(2026, 6, 5, 22, 0, 1, TimeSpan.Zero) - host.Time.GetUtcNow());
        var vote = await CollectionAsync(host, lab, "vote");
        var service = host.Get<CollectionService>();
        await service.VoteAsync(vote.Id, Ada, [second.Id], host.Token);

        var open = await service.GetAsync(vote.Id, Ada, host.Token);
        await service.VoteAsync(vote.Id, Bo, [second.Id, first.Id], host.Token);
        await host.AdvanceAsync(new DateTimeOffset(2026, 6, 8, 22, 0, 1, TimeSpan.Zero) - host.Time.GetUtcNow());
        var closed = await service.GetAsync(vote.Id, Ada, host.Token);

        Assert.Equal((true, 2, 1), (open.IsOpen, open.VotesPerPerson, open.VotesLeft));
        Assert.All(open.Ideas, i => Assert.Null(i.Votes));
        Assert.False(closed.IsOpen);
        Assert.Equal([(first.Id, 1), (second.Id, 2)], closed.Ideas.Select(i => (i.Id, i.Votes ?? -1)));
    }

    [Fact]
    public async Task GetAsync_Refuses_WhenTheViewerIsFromAnotherAdministration()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(IdeationFlow);
        var collection = await CollectionAsync(host, lab, "collect");

        var refused = await Assert.ThrowsAsync<LabDomainException>(() => host.Get<CollectionService>().GetAsync(collection.Id, LabTestHost.OtherCoordinator.Id, host.Token));

        Assert.Equal($"You may not see collection {collection.Id}: it belongs to work (a lab, a conference …) of another administration, or you are not among its participants.", refused.Message);
    }

    private static async Task<LabCollection> CollectionAsync(LabTestHost host, Lab lab, string activityId) =>
        await host.Get<ICollectionStore>().FindByActivityAsync(lab.Id, activityId, host.Token) ?? throw new InvalidOperationException($"No collection for {activityId}.");

    private static async Task<IdeaSubmission> SubmitAsync(LabTestHost host, LabCollection collection, Guid person, string idea)
    {
        var result = await host.Get<CollectionService>().SubmitAsync(collection.Id, person, LabTestHost.Answers($$"""{ "idea": "{{idea}}" }"""), host.Token);
        return result.Submission ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }
}
