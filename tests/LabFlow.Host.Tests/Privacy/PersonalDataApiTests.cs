using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Infrastructure.Identity;
using LabFlow.Host.Tests.ApiResources;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Privacy;

/// <summary>
/// The person's export, erasure under a recorded decision and the access log of sensitive answers, through the API
/// on a real SQLite database with the real pickup folder and Hangfire.
/// </summary>
public sealed class PersonalDataApiTests(PersonalDataApiTests.Fixture fixture) : PersonalDataErasureTests, IClassFixture<PersonalDataApiTests.Fixture>
{
    protected override ApiResourcesFactory Factory => fixture.Factory;

    [Fact]
    public async Task ExportMine_ContainsEveryKindOfRowAboutThePerson_AndNoAnswersTheyMayNotRead()
    {
        // Arrange
        var scenario = await PrivacyScenario.CreateAsync(Factory, "Lena Ödegård");
        await Factory.InScopeAsync(async services =>
        {
            await services.GetRequiredService<IStandIns>().SetAsync(
                new StandIn(scenario.Subject.Id, scenario.Hr.Id, new DateOnly(2030, 7, 1), new DateOnly(2030, 7, 31)), CancellationToken.None);
            var (token, _) = await services.GetRequiredService<PersonalAccessTokenService>().CreateAsync(scenario.Subject.Id, "Mitt skript", null, CancellationToken.None);
            return token;
        });

        // Act
        using var response = await scenario.SubjectClient.GetAsync("/api/v1/people/me/data");
        using var document = await scenario.SubjectClient.GetAsync("/api/v1/people/me/data?format=html");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = await ApiResourcesFactory.ReadJsonAsync(response);
        Assert.Equal(scenario.Subject.Name, export.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal(scenario.Subject.Email, export.GetProperty("person").GetProperty("email").GetString());
        Assert.Contains(export.GetProperty("memberships").EnumerateArray(), m => m.GetProperty("administrationId").GetString() == ApiResourcesFactory.Own && m.GetProperty("role").GetString() == "Coordinator");
        var lab = Assert.Single(export.GetProperty("labs").EnumerateArray());
        Assert.Equal(scenario.LabId, lab.GetProperty("id").GetGuid());
        Assert.Equal("Coordinator", Assert.Single(lab.GetProperty("roles").EnumerateArray()).GetString());

        var tasks = export.GetProperty("tasks").EnumerateArray().ToDictionary(t => t.GetProperty("activityId").GetString()!);
        // "ideas" and "vote" are their tasks as a participant of the idea board and the dot vote.
        Assert.Equal(["ideas", "interview", "pay", "vote"], tasks.Keys.Order(StringComparer.Ordinal));
        var interview = tasks["interview"];
        Assert.Equal(scenario.Quote, interview.GetProperty("answers").GetProperty("quote").GetString());
        Assert.Equal(scenario.Comment, Assert.Single(interview.GetProperty("comments").EnumerateArray()).GetProperty("text").GetString());
        Assert.Contains(interview.GetProperty("history").EnumerateArray(), h => h.GetProperty("kind").GetString() == "Completed");
        Assert.Contains("informed", tasks["pay"].GetProperty("involvement").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(JsonValueKind.Null, tasks["pay"].GetProperty("answers").ValueKind);
        Assert.DoesNotContain(scenario.PaySecret, export.GetRawText(), StringComparison.Ordinal);

        Assert.Contains(export.GetProperty("journal").EnumerateArray(), j => j.GetProperty("labId").GetGuid() == scenario.LabId && j.GetProperty("activityId").GetString() == "interview");
        Assert.NotEmpty(export.GetProperty("emails").EnumerateArray());
        Assert.Equal(scenario.Hr.Id, export.GetProperty("standIn").GetProperty("standInId").GetGuid());
        var token = Assert.Single(export.GetProperty("tokens").EnumerateArray());
        Assert.Equal("Mitt skript", token.GetProperty("name").GetString());
        var idea = Assert.Single(export.GetProperty("ideas").EnumerateArray());
        Assert.Equal(scenario.IdeaTitle, idea.GetProperty("answers").GetProperty("title").GetString());
        var vote = Assert.Single(export.GetProperty("votes").EnumerateArray());
        Assert.Equal(scenario.IdeaId, vote.GetProperty("ideaId").GetGuid());
        Assert.False(token.TryGetProperty("tokenHash", out _));

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("text/html", document.Content.Headers.ContentType?.MediaType);
        var html = await document.Content.ReadAsStringAsync();
        Assert.Contains(HtmlEncoder.Default.Encode(scenario.Quote), html, StringComparison.Ordinal);
        Assert.DoesNotContain(scenario.PaySecret, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erase_IsRefused_WhenTheCallerIsNoAdministratorOfThePersonsAdministrationOrGivesNoReason()
    {
        // Arrange
        var person = await Factory.CreateMemberAsync("Rita Rättighet", ApiResourcesFactory.Own, Role.Coordinator);
        var (_, coordinator) = await Factory.CreateSignedInAsync("Cecilia Samordnare", ApiResourcesFactory.Own, Role.Coordinator);
        var (_, otherAdmin) = await Factory.CreateSignedInAsync("Olle Annanförvaltning", ApiResourcesFactory.Other, Role.Admin);
        var (ownAdminPerson, ownAdmin) = await Factory.CreateSignedInAsync("Agnes Egen", ApiResourcesFactory.Own, Role.Admin);
        var path = $"/api/v1/people/{person.Id}/erasure";
        var body = new { reason = "Begäran enligt artikel 17" };

        // Act
        using var byCoordinator = await coordinator.PostAsync(path, ApiResourcesFactory.Json(body));
        using var byOtherAdmin = await WithLanguage(otherAdmin, "en").PostAsync(path, ApiResourcesFactory.Json(body));
        using var withoutReason = await WithLanguage(ownAdmin, "en").PostAsync(path, ApiResourcesFactory.Json(new { reason = "  " }));
        using var self = await ownAdmin.PostAsync($"/api/v1/people/{ownAdminPerson.Id}/erasure", ApiResourcesFactory.Json(body));
        using var otherExport = await otherAdmin.GetAsync($"/api/v1/people/{person.Id}/data");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOtherAdmin.StatusCode);
        var refusal = await ApiResourcesFactory.ReadJsonAsync(byOtherAdmin);
        Assert.Equal(
            "Only an administrator of the person's administration may download or erase their data; ask such an administrator to do it.",
            refusal.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal("Give the reason for the decision.", (await ApiResourcesFactory.ReadJsonAsync(withoutReason)).GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherExport.StatusCode);
        var stillThere = await Factory.InScopeAsync(services => services.GetRequiredService<IDirectory>().FindPersonAsync(person.Id, CancellationToken.None));
        Assert.Equal("Rita Rättighet", stillThere!.Name);
    }

    [Fact]
    public async Task AccessLog_RecordsAReadOfASensitiveStep_AndNotOfANormalOneOrTheAnswerersOwn()
    {
        // Arrange
        var scenario = await PrivacyScenario.CreateAsync(Factory, "Sara Läsare");
        var (reader, readerClient) = await Factory.CreateSignedInAsync("Hilda Granskare", ApiResourcesFactory.Own, Role.HR);
        await Factory.InScopeAsync(async services =>
        {
            var labs = services.GetRequiredService<Activities.Labs.ILabStore>();
            var lab = (await labs.FindAsync(scenario.LabId, CancellationToken.None))!;
            return await labs.UpdateAsync(lab with { People = [.. lab.People, new Activities.Labs.LabMember(reader.Id, Role.HR)] }, lab.Version, CancellationToken.None);
        });
        var (_, admin) = await Factory.CreateSignedInAsync("Ada Loggläsare", ApiResourcesFactory.Own, Role.Admin);

        // Act
        using var sensitive = await readerClient.GetAsync($"/api/v1/tasks/{scenario.TaskIds["pay"]}");
        using var normal = await readerClient.GetAsync($"/api/v1/tasks/{scenario.TaskIds["normal"]}");
        using var own = await scenario.HrClient.GetAsync($"/api/v1/tasks/{scenario.TaskIds["pay"]}");
        using var log = await admin.GetAsync($"/api/v1/access-log?administration={ApiResourcesFactory.Own}");

        // Assert
        Assert.Contains(scenario.PaySecret, await sensitive.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
        var rows = (await ApiResourcesFactory.ReadJsonAsync(log)).EnumerateArray().Where(r => r.GetProperty("labId").GetGuid() == scenario.LabId).ToList();
        var row = Assert.Single(rows);
        Assert.Equal(reader.Id, row.GetProperty("readerId").GetGuid());
        Assert.Equal("Hilda Granskare", row.GetProperty("readerName").GetString());
        Assert.Equal(scenario.TaskIds["pay"], row.GetProperty("taskId").GetGuid());
        Assert.DoesNotContain(scenario.PaySecret, row.GetRawText(), StringComparison.Ordinal);
    }

    private static HttpClient WithLanguage(HttpClient client, string language)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>One Host for these tests, with the privacy flow published.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiResourcesFactory Factory { get; } = new();

        public Task InitializeAsync() => Factory.PublishAsync(PrivacyScenario.Flow);

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
