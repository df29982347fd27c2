using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Email;
using LabFlow.Host.Infrastructure.Identity;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.ApiResources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LabFlow.Host.Tests.Privacy;

/// <summary>
/// The person's export, erasure under a recorded decision and the access log of sensitive answers, through the API
/// on a real SQLite database with the real pickup folder and Hangfire.
/// </summary>
public sealed class PersonalDataApiTests(PersonalDataApiTests.Fixture fixture) : IClassFixture<PersonalDataApiTests.Fixture>
{
    private ApiResourcesFactory Factory => fixture.Factory;

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
        Assert.Equal(["interview", "pay"], tasks.Keys.Order(StringComparer.Ordinal));
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
        Assert.False(token.TryGetProperty("tokenHash", out _));

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("text/html", document.Content.Headers.ContentType?.MediaType);
        var html = await document.Content.ReadAsStringAsync();
        Assert.Contains(HtmlEncoder.Default.Encode(scenario.Quote), html, StringComparison.Ordinal);
        Assert.DoesNotContain(scenario.PaySecret, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erase_LeavesNoNameEmailOrPersonalTextInAnyColumnJobOrPickedUpMail_AndKeepsTheLabsCounts()
    {
        // Arrange
        var scenario = await PrivacyScenario.CreateAsync(Factory, "Lars Åkesson");
        var (_, admin) = await Factory.CreateSignedInAsync("Alva Admin", ApiResourcesFactory.Own, Role.Admin);
        await Factory.InScopeAsync(services => services.GetRequiredService<EmailDeliveryService>().SendDueAsync(CancellationToken.None));
        var countsBefore = await CountsAsync(scenario.LabId);
        var secrets = new[] { scenario.Subject.Name, scenario.Subject.Email, scenario.Quote, scenario.Comment };
        var before = await FindAnywhereAsync(secrets);
        Assert.Contains(before, place => place.StartsWith("pickup ", StringComparison.Ordinal));
        Assert.Contains(before, place => place.StartsWith("Emails.", StringComparison.Ordinal));

        // Act
        using var erased = await admin.PostAsync(
            $"/api/v1/people/{scenario.Subject.Id}/erasure",
            ApiResourcesFactory.Json(new { reason = $"Begäran om radering från {scenario.Subject.Name}, beslut 2030-05-01" }));

        // Assert
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        var decision = await ApiResourcesFactory.ReadJsonAsync(erased);
        Assert.StartsWith("Raderad person ", decision.GetProperty("pseudonym").GetString(), StringComparison.Ordinal);
        Assert.Empty(await FindAnywhereAsync(secrets));
        Assert.Equal(countsBefore, await CountsAsync(scenario.LabId));
        var interview = await Factory.InScopeAsync(services => services.GetRequiredService<ITaskStore>().FindAsync(scenario.TaskIds["interview"], CancellationToken.None));
        Assert.Equal(5, interview!.Answers!["count"]!.GetValue<int>());
        Assert.Null(interview.Answers["quote"]);
        using var anonymous = Factory.CreateAnonymousClient();
        using var signIn = await anonymous.PostAsync("/api/v1/account/login", ApiResourcesFactory.Json(new { email = scenario.Subject.Email, password = ApiResourcesFactory.Password }));
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        using var again = await admin.PostAsync($"/api/v1/people/{scenario.Subject.Id}/erasure", ApiResourcesFactory.Json(new { reason = "Igen" }));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
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

    /// <summary>Tasks by status and the lab's number of tasks with answers: what the lab's statistics count.</summary>
    private Task<string> CountsAsync(Guid labId) =>
        Factory.InScopeAsync(async services =>
        {
            var tasks = await services.GetRequiredService<ITaskStore>().ListByLabAsync(labId, CancellationToken.None);
            return string.Join(";", tasks.GroupBy(t => t.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}"))
                + $";answered={tasks.Count(t => t.Answers is not null)};comments={tasks.Sum(t => t.Comments.Count)}";
        });

    /// <summary>
    /// Where any of <paramref name="texts"/> (as written, JSON-escaped or HTML-encoded; addresses in any case) is still
    /// found: every text column of every table in the EF model, every Hangfire job's arguments, every picked-up email.
    /// </summary>
    private async Task<IReadOnlyList<string>> FindAnywhereAsync(IReadOnlyList<string> texts)
    {
        var forms = texts.SelectMany(t => new[] { t, JsonSerializer.Serialize(t)[1..^1], HtmlEncoder.Default.Encode(t) }).Distinct().ToList();
        bool Holds(string? value) => value is not null && forms.Any(f => value.Contains(f, StringComparison.OrdinalIgnoreCase));
        var found = new List<string>();

        await Factory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LabFlowDbContext>();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            {
                var table = entity.GetTableName()!;
                var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
                foreach (var column in entity.GetProperties().Where(p => p.ClrType == typeof(string)).Select(p => p.GetColumnName(store)).OfType<string>())
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"SELECT \"{column}\" FROM \"{table}\"";
                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        if (!reader.IsDBNull(0) && Holds(reader.GetString(0)))
                        {
                            found.Add($"{table}.{column}");
                        }
                    }
                }
            }

            return 0;
        });

        var storage = Factory.Services.GetRequiredService<JobStorage>();
        var monitoring = storage.GetMonitoringApi();
        var jobs = monitoring.ScheduledJobs(0, 10_000).Select(j => j.Value.Job)
            .Concat(monitoring.Queues().SelectMany(q => monitoring.EnqueuedJobs(q.Name, 0, 10_000).Select(j => j.Value.Job)))
            .Concat(monitoring.ProcessingJobs(0, 10_000).Select(j => j.Value.Job))
            .Concat(monitoring.SucceededJobs(0, 10_000).Select(j => j.Value.Job))
            .Concat(monitoring.FailedJobs(0, 10_000).Select(j => j.Value.Job))
            .Concat(monitoring.DeletedJobs(0, 10_000).Select(j => j.Value.Job));
        using (var connection = storage.GetConnection())
        {
            jobs = jobs.Concat(connection.GetRecurringJobs().Select(r => r.Job));
            foreach (var job in jobs.OfType<Hangfire.Common.Job>())
            {
                // The arguments as Hangfire stores them.
                if (Holds(InvocationData.SerializeJob(job).Arguments))
                {
                    found.Add($"Hangfire job {job.Type.Name}.{job.Method.Name}");
                }
            }
        }

        var pickup = Path.Combine(Factory.DataPath, PickupFolderEmailSender.FolderName);
        foreach (var file in Directory.Exists(pickup) ? Directory.EnumerateFiles(pickup, "*.eml") : [])
        {
            using var message = await MimeMessage.LoadAsync(file);
            if (Holds(string.Join('\n', message.Subject, message.TextBody, message.HtmlBody, message.To.ToString())))
            {
                found.Add($"pickup {Path.GetFileName(file)}");
            }
        }

        return found;
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
