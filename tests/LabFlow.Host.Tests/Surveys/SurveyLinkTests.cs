using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LabFlow.Activities.Dashboard;
using LabFlow.Activities.Reports;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Surveys;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Host.Tests.Ui;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LabFlow.Host.Tests.Surveys;

/// <summary>Conference evaluations answered through a personal link without an account, over the real Host, SQLite and SMTP.</summary>
public sealed class SurveyLinkTests(SurveyLinkFixture fixture) : IClassFixture<SurveyLinkFixture>
{
    [Fact]
    public async Task SendAsync_EmailsThePersonalLinkOverSmtpAndStoresOnlyItsHash_WhenTheFacilitatorSends()
    {
        // Arrange
        var lab = await fixture.NewLabAsync();

        // Act
        var (sent, token, email) = await fixture.SendAsync(lab);

        // Assert
        Assert.Equal((1, 0, 0, 1), (sent.Sent, sent.AlreadyOpen, sent.Answered, sent.WithoutEmail));
        Assert.Equal("Din enkät: Utvärdera konferensen", email.Subject);
        Assert.Contains($"/survey/{token}", email.HtmlBody, StringComparison.Ordinal);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var stored = Assert.Single(await scope.ServiceProvider.GetRequiredService<ISurveyLinkStore>().ListAsync(lab.LabId, SurveyLinkFixture.StepId, CancellationToken.None));
        Assert.Equal(LabFlow.Activities.Security.SecretTokens.Hash(token), stored.TokenHash);
        Assert.NotEqual(token, stored.TokenHash);
        var task = (await scope.ServiceProvider.GetRequiredService<ITaskStore>().ListByLabAsync(lab.LabId, CancellationToken.None)).Single(t => t.ActivityId == SurveyLinkFixture.StepId);
        Assert.Equal(scope.ServiceProvider.GetRequiredService<LabCalendar>().EndOf(task.Due!.Value), stored.ExpiresAt);
    }

    [Fact]
    public async Task PostAnswer_AcceptsOneAnswerThatJoinsTheStepsResults_AndRefusesTheSecondWithAClearMessage()
    {
        // Arrange
        var lab = await fixture.NewLabAsync();
        var (_, token, _) = await fixture.SendAsync(lab);
        using var anonymous = fixture.Factory.CreateAnonymousClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");

        // Act
        using var first = await anonymous.PostAsJsonAsync($"/api/v1/survey-links/{token}/answer", new { answers = new { overall = 5, takeaway = "Mycket bra" } });
        using var second = await anonymous.PostAsJsonAsync($"/api/v1/survey-links/{token}/answer", new { answers = new { overall = 1 } });
        using var pageResponse = await anonymous.GetAsync($"/survey/{token}");
        var page = await UiPages.ReadHtmlAsync(pageResponse);

        // Assert
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Enkäten är redan besvarad med den här länken", (await second.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Enkäten är redan besvarad", page, StringComparison.Ordinal);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var answers = (await scope.ServiceProvider.GetRequiredService<IStepAnswerReader>().ListCompletedAsync([SurveyLinkFixture.StepId], CancellationToken.None))
            .Where(t => t.LabId == lab.LabId).ToList();
        Assert.Equal(5, Assert.Single(answers).Answers!["overall"]!.GetValue<int>());
        var labRow = (await scope.ServiceProvider.GetRequiredService<ILabStore>().FindAsync(lab.LabId, CancellationToken.None))!;
        var (readable, _) = await scope.ServiceProvider.GetRequiredService<ReportSources>().CompletedTasksAsync(labRow, fixture.Facilitator.Id, CancellationToken.None);
        Assert.Contains(readable, t => t.Kind == SurveyLinkService.AnswerKind && t.Answers!["takeaway"]!.GetValue<string>() == "Mycket bra");
    }

    [Fact]
    public async Task AnswerAsync_AcceptsExactlyOne_WhenTwoAnswersRaceOnOneLink()
    {
        // Arrange
        var lab = await fixture.NewLabAsync();
        var (_, token, _) = await fixture.SendAsync(lab);

        // Act
        var results = await Task.WhenAll(Enumerable.Range(1, 2).Select(async rating =>
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SurveyLinkService>().AnswerAsync(token, Rating(rating), CancellationToken.None);
        }));

        // Assert
        Assert.Single(results, r => r.Accepted);
        Assert.Single(results, r => !r.Accepted && r.State == SurveyLinkState.Used);
        await using var check = fixture.Factory.Services.CreateAsyncScope();
        var answers = await check.ServiceProvider.GetRequiredService<IStepAnswerReader>().ListCompletedAsync([SurveyLinkFixture.StepId], CancellationToken.None);
        Assert.Single(answers, t => t.LabId == lab.LabId);
    }

    [Fact]
    public async Task OpenAsync_SaysExpiredAndAcceptsNothing_WhenTheLinksTimeHasRunOut()
    {
        // Arrange
        var lab = await fixture.NewLabAsync();
        var (sent, token, _) = await fixture.SendAsync(lab);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var later = new FakeTimeProvider(sent.ExpiresAt.AddMinutes(1));
        var surveys = ActivatorUtilities.CreateInstance<SurveyLinkService>(scope.ServiceProvider, (TimeProvider)later);

        // Act
        var view = await surveys.OpenAsync(token, CancellationToken.None);
        var answer = await surveys.AnswerAsync(token, Rating(4), CancellationToken.None);

        // Assert
        Assert.Equal(SurveyLinkState.Expired, view.State);
        Assert.Null(view.Form);
        Assert.False(answer.Accepted);
        Assert.Equal(SurveyLinkState.Expired, answer.State);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("%3Cscript%3E")]
    public async Task Get_ShowsAClearPageAndAnswers404_WhenTheTokenIsDamaged(string token)
    {
        // Arrange
        using var anonymous = fixture.Factory.CreateAnonymousClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");

        // Act
        using var page = await anonymous.GetAsync($"/survey/{token}");
        using var api = await anonymous.GetAsync($"/api/v1/survey-links/{token}");
        using var answer = await anonymous.PostAsJsonAsync($"/api/v1/survey-links/{token}/answer", new { answers = new { overall = 3 } });

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Länken fungerar inte", await UiPages.ReadHtmlAsync(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Contains("Kontrollera att hela länken", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ShowsOnlyTheForm_WithNothingOfTheGuestOrTheLabsPeople()
    {
        // Arrange
        var lab = await fixture.NewLabAsync();
        var (_, token, _) = await fixture.SendAsync(lab);
        using var anonymous = fixture.Factory.CreateAnonymousClient();

        // Act
        using var response = await anonymous.GetAsync($"/survey/{token}");
        var html = await UiPages.ReadHtmlAsync(response);
        var api = await anonymous.GetStringAsync($"/api/v1/survey-links/{token}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Utvärdera konferensen", html, StringComparison.Ordinal);
        Assert.Contains("Helhetsbetyg", html, StringComparison.Ordinal);
        string[] personal = [lab.Guest.Name, lab.GuestEmail, lab.Guest.Organisation, "Nils Utanmejl", fixture.Facilitator.Name, fixture.Facilitator.Email, lab.LabId.ToString()];
        Assert.DoesNotContain(personal, p => html.Contains(p, StringComparison.OrdinalIgnoreCase) || api.Contains(p, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task PostLinks_Refuses_WhenAParticipantAsksToSend()
    {
        // Arrange
        var lab = await fixture.NewLabAsync();
        var participant = await fixture.Factory.CreatePersonAsync("Pelle Deltagare", [LabFlow.Activities.Organisation.Role.Participant]);
        using var client = await fixture.Factory.SignInAsync(participant.Email);

        // Act
        using var response = await client.PostAsync($"/api/v1/labs/{lab.LabId}/surveys/{SurveyLinkFixture.StepId}/links", null);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<ISurveyLinkStore>().ListAsync(lab.LabId, SurveyLinkFixture.StepId, CancellationToken.None));
    }

    /// <summary>Answers as they arrive from a browser or the API: parsed JSON, not .NET values.</summary>
    private static JsonObject Rating(int overall) => JsonNode.Parse($$"""{ "overall": {{overall}} }""")!.AsObject();
}
