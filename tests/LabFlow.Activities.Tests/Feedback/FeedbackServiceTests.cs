using LabFlow.Activities.Email;
using LabFlow.Activities.Feedback;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.Feedback;

public sealed class FeedbackServiceTests
{
    private static readonly Guid Fia = LabTestHost.Facilitator.Id;

    [Fact]
    public async Task GiveAsync_ReplacesEarlierFeedback_WhenTheSamePersonRatesAgain()
    {
        // Arrange
        await using var host = new LabTestHost();
        var task = await StepAsync(host);
        var service = host.Get<FeedbackService>();
        var first = await service.GiveAsync(task.Id, Fia, new StepFeedbackInput(4, " Bra frågor ", null), host.Token);
        host.Time.Advance(TimeSpan.FromDays(1));

        // Act
        var second = await service.GiveAsync(task.Id, Fia, new StepFeedbackInput(2, null, "För lite tid"), host.Token);

        // Assert
        var stored = Assert.Single(await service.ListForTaskAsync(task.Id, Fia, host.Token));
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, stored.Rating);
        Assert.Null(stored.Worked);
        Assert.Equal("För lite tid", stored.DidNotWork);
        Assert.Equal("interview", stored.ActivityId);
        Assert.Equal("lab-test", stored.DefinitionId);
        Assert.Equal(LabTestHost.StartTime, stored.CreatedAt);
        Assert.Equal(LabTestHost.StartTime.AddDays(1), stored.UpdatedAt);
        Assert.Equal("Bra frågor", first.Worked);
    }

    [Theory]
    [InlineData("sponsor")]
    [InlineData("other administration")]
    public async Task GiveAsync_RefusesWithNotInLab_WhenThePersonIsNotOnTheLab(string who)
    {
        // Arrange: the sponsor sees the administration's labs but is not on this one.
        await using var host = new LabTestHost();
        var task = await StepAsync(host);
        var person = who == "sponsor" ? LabTestHost.Sponsor.Id : LabTestHost.OtherCoordinator.Id;

        // Act
        var refused = await Assert.ThrowsAsync<LabDomainException>(
            () => host.Get<FeedbackService>().GiveAsync(task.Id, person, new StepFeedbackInput(5, null, null), host.Token));

        // Assert
        Assert.Equal(LabErrors.Forbidden, refused.Code);
        Assert.Equal(FeedbackMessages.NotInLab.Code, refused.Text.Code);
        Assert.Equal(
            $"You are not part of the work that task {task.Id} belongs to. Only the people taking part can give feedback on its steps and suggest improvements; ask the facilitator to add you.",
            refused.Message);
    }

    [Fact]
    public async Task GiveAsync_AllowsALabMember_WhenTheTaskIsNotTheirs()
    {
        // Arrange: a coordinator named on the lab, though the step is the facilitator's.
        await using var host = new LabTestHost();
        var task = await StepAsync(host, [new LabMember(Fia, Role.Facilitator), new LabMember(LabTestHost.Coordinator1.Id, Role.Coordinator)]);

        // Act
        var given = await host.Get<FeedbackService>().GiveAsync(task.Id, LabTestHost.Coordinator1.Id, new StepFeedbackInput(3, null, null), host.Token);

        // Assert
        Assert.Equal(3, given.Rating);
        Assert.Equal(LabTestHost.Coordinator1.Id, given.PersonId);
    }

    [Fact]
    public async Task GiveAsync_RefusesEveryField_WhenTheRatingIsOutOfRangeAndATextTooLong()
    {
        // Arrange
        await using var host = new LabTestHost();
        var task = await StepAsync(host);
        var tooLong = new string('x', FeedbackLimits.CommentLength + 1);

        // Act
        var refused = await Assert.ThrowsAsync<LabDomainException>(
            () => host.Get<FeedbackService>().GiveAsync(task.Id, Fia, new StepFeedbackInput(6, tooLong, null), host.Token));

        // Assert
        Assert.Equal(LabErrors.Invalid, refused.Code);
        Assert.Equal(["The rating must be a whole number from 1 to 5; you sent 6."], refused.FieldErrors!["rating"]);
        Assert.Equal(["Shorten what worked to at most 2000 characters (it has 2001)."], refused.FieldErrors["worked"]);
        Assert.Equal(["Betyget måste vara ett heltal från 1 till 5; du skickade 6."], refused.FieldErrorsIn(MessageCatalogue.Swedish)!["rating"]);
    }

    [Fact]
    public async Task SuggestAsync_RefusesWithCode_WhenTextIsEmptyOrTheFlowIsAnother()
    {
        // Arrange
        await using var host = new LabTestHost();
        var task = await StepAsync(host);
        var service = host.Get<FeedbackService>();

        // Act
        var empty = await Assert.ThrowsAsync<LabDomainException>(() => service.SuggestAsync(task.Id, Fia, "  ", host.Token));
        var wrongFlow = await Assert.ThrowsAsync<LabDomainException>(() => service.SuggestAsync(task.Id, Fia, "Kortare", host.Token, flowId: "other-flow"));

        // Assert
        Assert.Equal(FeedbackMessages.SuggestionEmpty.Code, Assert.Single(empty.Fields!["text"]).Code);
        Assert.Equal(FeedbackMessages.WrongFlow.Code, Assert.Single(wrongFlow.Fields!["taskId"]).Code);
        Assert.Equal($"Task {task.Id} belongs to flow 'lab-test', not 'other-flow'. Send the suggestion to flow 'lab-test'.", wrongFlow.FieldErrors!["taskId"][0]);
    }

    [Fact]
    public async Task ListSuggestionsAsync_ShowsTheDesignerNewSuggestions_AndRefusesTheFacilitator()
    {
        // Arrange
        await using var host = new LabTestHost();
        FeedbackTestFlows.AddDesigner(host);
        var task = await StepAsync(host);
        var service = host.Get<FeedbackService>();
        var suggestion = await service.SuggestAsync(task.Id, Fia, " Dela upp intervjuerna på två veckor. ", host.Token, flowId: "lab-test");

        // Act
        var inbox = await service.ListSuggestionsAsync("lab-test", FeedbackTestFlows.Designer.Id, SuggestionStatus.New, host.Token);
        var refused = await Assert.ThrowsAsync<LabDomainException>(() => service.ListSuggestionsAsync("lab-test", Fia, null, host.Token));

        // Assert
        var listed = Assert.Single(inbox);
        Assert.Equal(suggestion.Id, listed.Id);
        Assert.Equal("Dela upp intervjuerna på två veckor.", listed.Text);
        Assert.Equal("interview", listed.ActivityId);
        Assert.Equal(LabErrors.Forbidden, refused.Code);
        Assert.Equal(FeedbackMessages.InboxForbidden.Code, refused.Text.Code);
    }

    [Fact]
    public async Task AnswerAsync_EmailsTheReplyToTheSuggester_WhenADesignerReplies()
    {
        // Arrange
        await using var host = new LabTestHost();
        FeedbackTestFlows.AddDesigner(host);
        var task = await StepAsync(host);
        var outbox = new RecordingOutbox();
        var service = new FeedbackService(
            host.Get<IFeedbackStore>(), host.Get<ITaskStore>(), host.Get<ILabStore>(), host.Get<LabAccess>(), host.Directory, host.Time, outbox);
        var suggestion = await service.SuggestAsync(task.Id, Fia, "Kortare intervjuguide", host.Token);

        // Act
        var answered = await service.AnswerAsync("lab-test", suggestion.Id, FeedbackTestFlows.Designer.Id, SuggestionStatus.Planned, "Vi kortar den i version 2.", host.Token);
        var statusOnly = await service.AnswerAsync("lab-test", suggestion.Id, FeedbackTestFlows.Designer.Id, SuggestionStatus.Done, null, host.Token);

        // Assert
        var email = Assert.Single(outbox.Requests);
        Assert.Equal(EmailTemplates.SuggestionReply, email.Template);
        Assert.Equal(LabTestHost.Facilitator.Email, Assert.Single(email.To).Address);
        Assert.Equal(task.Id, email.TaskId);
        Assert.Equal("Vi kortar den i version 2.", email.Model["reply"]!.GetValue<string>());
        Assert.Equal("Planned", email.Model["status"]!.GetValue<string>());
        Assert.Equal("Dana Designer", email.Model["designerName"]!.GetValue<string>());
        Assert.Equal(SuggestionStatus.Planned, answered.Status);
        Assert.Equal(FeedbackTestFlows.Designer.Id, answered.RepliedBy);
        Assert.Equal(SuggestionStatus.Done, statusOnly.Status);
        Assert.Equal("Vi kortar den i version 2.", statusOnly.Reply);
        Assert.Equal(2, statusOnly.Version);
    }

    [Fact]
    public async Task AnswerAsync_RefusesWithNotFound_WhenTheSuggestionBelongsToAnotherFlow()
    {
        // Arrange
        await using var host = new LabTestHost();
        FeedbackTestFlows.AddDesigner(host);
        var task = await StepAsync(host);
        var service = host.Get<FeedbackService>();
        var suggestion = await service.SuggestAsync(task.Id, Fia, "Kortare", host.Token);

        // Act
        var refused = await Assert.ThrowsAsync<LabDomainException>(
            () => service.AnswerAsync("other-flow", suggestion.Id, FeedbackTestFlows.Designer.Id, SuggestionStatus.Declined, "Nej", host.Token));

        // Assert
        Assert.Equal(LabErrors.NotFound, refused.Code);
        Assert.Equal(FeedbackMessages.SuggestionNotFound.Code, refused.Text.Code);
    }

    private static async Task<LabTask> StepAsync(LabTestHost host, IReadOnlyList<LabMember>? people = null)
    {
        var lab = await host.LaunchAsync(FeedbackTestFlows.OneStep, people);
        return await host.OpenTaskAsync(lab.Id, "interview");
    }

    private sealed class RecordingOutbox : IEmailOutbox
    {
        public List<EmailRequested> Requests { get; } = [];

        public Task<int> EnqueueAsync(EmailRequested request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(request.To.Count);
        }
    }
}
