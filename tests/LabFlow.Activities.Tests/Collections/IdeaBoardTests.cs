using System.Text.Json;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Collections;

/// <summary>The facilitator's board commands (themes, merges, rewording, a moved window), moving dots and anonymity at closing.</summary>
public sealed class IdeaBoardTests
{
    private static readonly Guid Ada = LabTestHost.Participants[0].Id;
    private static readonly Guid Bo = LabTestHost.Participants[1].Id;
    private static readonly Guid Facilitator = LabTestHost.Facilitator.Id;

    // The ideas close at the end of 5 June (Stockholm time).
    private static readonly DateTimeOffset IdeasClosed = new(2026, 6, 5, 22, 0, 1, TimeSpan.Zero);

    [Fact]
    public async Task SetThemeAndMergeAsync_GroupIdeasAndFoldDuplicates_WhenTheFacilitatorCurates()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(Flow());
        var ideas = await CollectionAsync(host, lab, "collect");
        var mentors = await SubmitAsync(host, ideas, Ada, "Mentorer");
        var mentorsAgain = await SubmitAsync(host, ideas, Bo, "Mentorer för nyanställda");
        var channels = await SubmitAsync(host, ideas, Bo, "Fler kanaler");
        var board = host.Get<IdeaBoardService>();

        await board.SetThemeAsync(ideas.Id, mentors.Id, "  Introduktion ", Facilitator, host.Token);
        await board.SetThemeAsync(ideas.Id, channels.Id, "Rekrytering", Facilitator, host.Token);
        await board.MergeAsync(ideas.Id, mentorsAgain.Id, mentors.Id, Facilitator, host.Token);
        var refused = await Assert.ThrowsAsync<LabDomainException>(() => board.SetThemeAsync(ideas.Id, mentors.Id, "Annat", Ada, host.Token));
        var intoItself = await Assert.ThrowsAsync<LabDomainException>(() => board.MergeAsync(ideas.Id, mentors.Id, mentors.Id, Facilitator, host.Token));
        var view = await host.Get<CollectionService>().GetAsync(ideas.Id, Ada, host.Token);
        await host.AdvanceAsync(IdeasClosed - host.Time.GetUtcNow());

        Assert.Equal($"Only a facilitator of the lab or an administrator can change collection {ideas.Id}.", refused.Message);
        Assert.Equal("An idea cannot be merged into itself; choose another idea to merge it into.", intoItself.Message);
        Assert.Equal(
            [(mentors.Id, "Introduktion", (Guid?)null), (mentorsAgain.Id, null, mentors.Id), (channels.Id, "Rekrytering", null)],
            view.Ideas.Select(i => (i.Id, i.Theme, i.MergedIntoId)));
        var result = (await host.InstanceAsync(lab.Id)).State.Variables["ideas"]!.AsArray();
        Assert.Equal([("Mentorer", "Introduktion"), ("Fler kanaler", "Rekrytering")], result.Select(i => (i!["idea"]!.GetValue<string>(), i["theme"]!.GetValue<string>())));
        var vote = await host.Get<CollectionService>().GetAsync((await CollectionAsync(host, lab, "vote")).Id, Ada, host.Token);
        Assert.Equal([mentors.Id, channels.Id], vote.Ideas.Select(i => i.Id));
    }

    [Fact]
    public async Task EditAsync_KeepsTheAuthorsTextInHistory_WhenTheFacilitatorRewords()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(Flow());
        var ideas = await CollectionAsync(host, lab, "collect");
        var idea = await SubmitAsync(host, ideas, Ada, "mentorer till nya");
        var board = host.Get<IdeaBoardService>();

        var errors = await board.EditAsync(ideas.Id, idea.Id, LabTestHost.Answers("{}"), Facilitator, host.Token);
        var stored = await board.EditAsync(ideas.Id, idea.Id, LabTestHost.Answers("""{ "idea": "Mentorer för nyanställda" }"""), Facilitator, host.Token);
        var asFacilitator = Assert.Single((await host.Get<CollectionService>().GetAsync(ideas.Id, Facilitator, host.Token)).Ideas);
        var asAuthor = Assert.Single((await host.Get<CollectionService>().GetAsync(ideas.Id, Ada, host.Token)).Ideas);
        var history = await board.HistoryAsync(ideas.Id, idea.Id, Facilitator, host.Token);
        var refused = await Assert.ThrowsAsync<LabDomainException>(() => board.EditAsync(ideas.Id, idea.Id, LabTestHost.Answers("""{ "idea": "x" }"""), Ada, host.Token));

        Assert.Equal("idea", Assert.Single(errors).Path);
        Assert.Empty(stored);
        Assert.Equal("Mentorer för nyanställda", asFacilitator.Answers["idea"]!.GetValue<string>());
        Assert.Equal("mentorer till nya", asFacilitator.AuthorText!["idea"]!.GetValue<string>());
        Assert.Equal(("Mentorer för nyanställda", true, (object?)null), (asAuthor.Answers["idea"]!.GetValue<string>(), asAuthor.Mine, (object?)asAuthor.AuthorText));
        Assert.Equal(["mentorer till nya", "Mentorer för nyanställda"], history.Select(h => h["idea"]!.GetValue<string>()));
        Assert.Equal(LabErrors.Forbidden, refused.Code);
    }

    [Fact]
    public async Task ExtendAsync_MovesTheClosingTimer_WhenTheFacilitatorExtendsTheWindow()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(Flow());
        var ideas = await CollectionAsync(host, lab, "collect");
        var board = host.Get<IdeaBoardService>();

        var past = await Assert.ThrowsAsync<LabDomainException>(() => board.ExtendAsync(ideas.Id, new DateOnly(2026, 5, 31), Facilitator, host.Token));
        var closesAt = await board.ExtendAsync(ideas.Id, new DateOnly(2026, 6, 7), Facilitator, host.Token);
        await host.AdvanceAsync(IdeasClosed - host.Time.GetUtcNow());
        var afterOldEnd = await CollectionAsync(host, lab, "collect");
        await SubmitAsync(host, ideas, Ada, "Sent men välkommen");
        await host.AdvanceAsync(new DateTimeOffset(2026, 6, 7, 22, 0, 1, TimeSpan.Zero) - host.Time.GetUtcNow());
        var afterNewEnd = await CollectionAsync(host, lab, "collect");
        var closedRefusal = await Assert.ThrowsAsync<LabDomainException>(() => board.ExtendAsync(ideas.Id, new DateOnly(2026, 6, 30), Facilitator, host.Token));

        Assert.Equal("The new closing date 2026-05-31 has already passed; choose today or a later date.", past.Message);
        Assert.Equal(new DateTimeOffset(2026, 6, 7, 22, 0, 0, TimeSpan.Zero), closesAt);
        Assert.Equal((true, closesAt), (afterOldEnd.IsOpen, afterOldEnd.ClosesAt));
        Assert.False(afterNewEnd.IsOpen);
        Assert.Equal("'Idéer' is already closed and cannot be extended.", closedRefusal.Message);
        Assert.Single((await host.InstanceAsync(lab.Id)).State.Variables["ideas"]!.AsArray());
    }

    [Fact]
    public async Task MoveVoteAsync_MovesOneDot_AndRefusesAnIdeaWithoutTheVotersDot()
    {
        await using var host = new LabTestHost();
        var (_, first, second, vote) = await OpenVoteAsync(host, Flow(votesPerIdea: 2));
        var service = host.Get<CollectionService>();
        await service.VoteAsync(vote.Id, Ada, [first.Id, first.Id], host.Token);

        var tooManyOnOne = await Assert.ThrowsAsync<LabDomainException>(() => service.VoteAsync(vote.Id, Bo, [second.Id, second.Id, second.Id], host.Token));
        await service.MoveVoteAsync(vote.Id, Ada, first.Id, second.Id, host.Token);
        var noDot = await Assert.ThrowsAsync<LabDomainException>(() => service.MoveVoteAsync(vote.Id, Bo, first.Id, second.Id, host.Token));
        var view = await service.GetAsync(vote.Id, Ada, host.Token);

        Assert.Equal("You may put at most 2 dots on one idea; put the rest on other ideas.", tooManyOnOne.Message);
        Assert.Equal($"You have no dot on idea {first.Id} to move; choose an idea that has one of your dots.", noDot.Message);
        Assert.Equal([(first.Id, 1), (second.Id, 1)], view.Ideas.Select(i => (i.Id, i.MyVotes)));
        Assert.Equal(1, view.VotesLeft);
        Assert.All(view.Ideas, i => Assert.Null(i.Votes));
    }

    [Fact]
    public async Task GetAsync_ShowsTheRunningCount_ToTheFacilitatorAndToParticipantsOnlyWhenTheStepSaysLive()
    {
        await using var host = new LabTestHost();
        var (_, first, _, vote) = await OpenVoteAsync(host, Flow());
        await using var liveHost = new LabTestHost();
        var (_, liveFirst, _, liveVote) = await OpenVoteAsync(liveHost, Flow(liveResults: true));
        await host.Get<CollectionService>().VoteAsync(vote.Id, Ada, [first.Id], host.Token);
        await liveHost.Get<CollectionService>().VoteAsync(liveVote.Id, Ada, [liveFirst.Id], liveHost.Token);

        var facilitator = await host.Get<CollectionService>().GetAsync(vote.Id, Facilitator, host.Token);
        var participant = await host.Get<CollectionService>().GetAsync(vote.Id, Bo, host.Token);
        var liveParticipant = await liveHost.Get<CollectionService>().GetAsync(liveVote.Id, Bo, liveHost.Token);

        Assert.Equal([1, 0], facilitator.Ideas.Select(i => i.Votes ?? -1));
        Assert.All(participant.Ideas, i => Assert.Null(i.Votes));
        Assert.Equal([1, 0], liveParticipant.Ideas.Select(i => i.Votes ?? -1));
    }

    [Fact]
    public async Task CloseAsync_RemovesTheVoterLink_WhenAnAnonymousVoteCloses()
    {
        await using var host = new LabTestHost();
        var (_, first, second, vote) = await OpenVoteAsync(host, Flow());
        await using var namedHost = new LabTestHost();
        var (_, namedFirst, _, namedVote) = await OpenVoteAsync(namedHost, Flow(anonymousVote: false));
        var service = host.Get<CollectionService>();
        await service.VoteAsync(vote.Id, Ada, [first.Id, second.Id], host.Token);
        await namedHost.Get<CollectionService>().VoteAsync(namedVote.Id, Ada, [namedFirst.Id], namedHost.Token);
        var whileOpen = await host.Get<ICollectionStore>().ListVotesAsync(vote.Id, host.Token);

        await service.CloseAsync(vote.Id, Facilitator, host.Token);
        await namedHost.Get<CollectionService>().CloseAsync(namedVote.Id, Facilitator, namedHost.Token);

        Assert.All(whileOpen, v => Assert.Equal(Ada, v.VoterId));
        Assert.All(await host.Get<ICollectionStore>().ListVotesAsync(vote.Id, host.Token), v => Assert.Null(v.VoterId));
        Assert.Equal(Ada, Assert.Single(await namedHost.Get<ICollectionStore>().ListVotesAsync(namedVote.Id, namedHost.Token)).VoterId);
        var closed = await service.GetAsync(vote.Id, Ada, host.Token);
        Assert.Equal([1, 1], closed.Ideas.Select(i => i.Votes ?? -1));
        Assert.All(closed.Ideas, i => Assert.Equal(0, i.MyVotes));
    }

    [Fact]
    public async Task GetAsync_NamesNoAuthor_WhenTheIdeaCollectionIsAnonymous()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(Flow(anonymousIdeas: true));
        var ideas = await CollectionAsync(host, lab, "collect");
        await SubmitAsync(host, ideas, Ada, "Anonyma ansökningar");
        await using var namedHost = new LabTestHost();
        var namedLab = await namedHost.LaunchAsync(Flow());
        var namedIdeas = await CollectionAsync(namedHost, namedLab, "collect");
        await SubmitAsync(namedHost, namedIdeas, Ada, "Anonyma ansökningar");

        var asFacilitator = JsonSerializer.Serialize(await host.Get<CollectionService>().GetAsync(ideas.Id, Facilitator, host.Token));
        var named = Assert.Single((await namedHost.Get<CollectionService>().GetAsync(namedIdeas.Id, Facilitator, namedHost.Token)).Ideas);
        await host.Get<CollectionService>().CloseAsync(ideas.Id, Facilitator, host.Token);

        var person = LabTestHost.Participants[0];
        Assert.DoesNotContain(person.Id.ToString(), asFacilitator, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(person.Name, asFacilitator, StringComparison.Ordinal);
        Assert.DoesNotContain(person.Email, asFacilitator, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(person.Name, named.AuthorName);
        var instance = await host.InstanceAsync(lab.Id);
        var journal = string.Join("\n", (await host.JournalAsync(lab.Id)).Select(e => $"{e.Actor} {e.Message} {e.Data?.ToJsonString()}"));
        Assert.DoesNotContain(person.Id.ToString(), instance.State.Variables.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(person.Id.ToString(), journal, StringComparison.OrdinalIgnoreCase);
        Assert.Null(Assert.Single(instance.State.Variables["ideas"]!.AsArray())!["author"]);
    }

    [Fact]
    public async Task Publish_TellsTheBoard_WhenAnIdeaIsSubmittedAndWhenTheWindowCloses()
    {
        await using var host = new LabTestHost();
        var lab = await host.LaunchAsync(Flow());
        var ideas = await CollectionAsync(host, lab, "collect");
        var submitted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var changes = 0;
        using var subscription = host.Get<ICollectionNotifier>().Subscribe(ideas.Id, () =>
        {
            (Interlocked.Increment(ref changes) == 1 ? submitted : closed).TrySetResult();
            return Task.CompletedTask;
        });

        await SubmitAsync(host, ideas, Ada, "Mentorer");
        await submitted.Task.WaitAsync(TimeSpan.FromSeconds(10), host.Token);
        await host.Get<CollectionService>().CloseAsync(ideas.Id, Facilitator, host.Token);
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), host.Token);

        Assert.True(Volatile.Read(ref changes) >= 2);
    }

    [Fact]
    public async Task Execute_EmailsEveryParticipantALinkToTheBoard_WhenTheBoardAndTheVoteOpen()
    {
        await using var host = new LabTestHost();

        var (lab, _, _, vote) = await OpenVoteAsync(host, Flow());

        var emails = host.Effects.Effects.OfType<LabFlow.Activities.Email.EmailRequested>().Where(e => e.Template == LabFlow.Activities.Email.EmailTemplates.CollectionOpened).ToList();
        var ideas = await CollectionAsync(host, lab, "collect");
        Assert.Equal(
            [("ideas", $"collections/{ideas.Id}", "2026-06-05"), ("votes", $"collections/{vote.Id}", "2026-06-08")],
            emails.Select(e => (e.Model["kind"]!.GetValue<string>(), e.Model["linkPath"]!.GetValue<string>(), e.Model["lastDay"]!.GetValue<string>())).Distinct());
        Assert.Equal(
            LabTestHost.Participants.Select(p => p.Id).Order(),
            emails.Where(e => e.Model["kind"]!.GetValue<string>() == "ideas").SelectMany(e => e.To).Select(r => r.PersonId!.Value).Order());
    }

    private static string Flow(bool anonymousIdeas = false, bool anonymousVote = true, bool liveResults = false, int? votesPerIdea = null) => LabTestHost.Flow(
        $$"""
        { "id": "collect", "type": "CollectIdeas",
          "inputs": { "title": "Idéer", "closes": { "daysAfterStart": 4 }, "resultVariable": "ideas", "anonymous": {{Json(anonymousIdeas)}},
                      "form": [ { "key": "idea", "type": "Text", "label": "Idé", "required": true } ] } },
        { "id": "vote", "type": "DotVote",
          "inputs": { "title": "Rösta", "source": "collect", "votesPerPerson": 3, "anonymous": {{Json(anonymousVote)}}, "liveResults": {{Json(liveResults)}},
                      {{(votesPerIdea is { } n ? $"\"votesPerIdea\": {n}," : "")}}
                      "closes": { "daysAfterStart": 7 }, "resultVariable": "ranking" } },
        { "id": "after", "type": "UserTask", "inputs": { "title": "Välj prototyp", "assignee": { "role": "Facilitator" } } }
        """,
        """[ { "from": "start", "to": "collect" }, { "from": "collect", "to": "vote" }, { "from": "vote", "to": "after" } ]""",
        variables: """[ { "name": "ideas", "type": "List" }, { "name": "ranking", "type": "List" } ]""");

    private static string Json(bool value) => value ? "true" : "false";

    private static async Task<(Lab Lab, IdeaSubmission First, IdeaSubmission Second, LabCollection Vote)> OpenVoteAsync(LabTestHost host, string flow)
    {
        var lab = await host.LaunchAsync(flow);
        var ideas = await CollectionAsync(host, lab, "collect");
        var first = await SubmitAsync(host, ideas, Ada, "Anonyma ansökningar");
        var second = await SubmitAsync(host, ideas, Bo, "Mentorer");
        await host.AdvanceAsync(IdeasClosed - host.Time.GetUtcNow());
        return (lab, first, second, await CollectionAsync(host, lab, "vote"));
    }

    private static async Task<LabCollection> CollectionAsync(LabTestHost host, Lab lab, string activityId) =>
        await host.Get<ICollectionStore>().FindByActivityAsync(lab.Id, activityId, host.Token) ?? throw new InvalidOperationException($"No collection for {activityId}.");

    private static async Task<IdeaSubmission> SubmitAsync(LabTestHost host, LabCollection collection, Guid person, string idea)
    {
        var result = await host.Get<CollectionService>().SubmitAsync(collection.Id, person, LabTestHost.Answers($$"""{ "idea": "{{idea}}" }"""), host.Token);
        return result.Submission ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }
}
