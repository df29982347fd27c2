using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.Storage;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Email;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Email;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.ApiResources;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LabFlow.Host.Tests.Privacy;

/// <summary>
/// Erasure through the API, written once and run on each database (the raw SQL that replaces texts in every column
/// differs by provider): a scan of every text column of every table, every Hangfire job's arguments and the mail
/// pickup folder finds nothing of the person's afterwards, and the lab's counts are unchanged.
/// </summary>
public abstract class PersonalDataErasureTests
{
    protected abstract ApiResourcesFactory Factory { get; }

    [DatabaseFact]
    public async Task Erase_LeavesNoNameEmailOrPersonalTextInAnyColumnJobOrPickedUpMail_AndKeepsTheLabsCounts()
    {
        // Arrange
        var scenario = await PrivacyScenario.CreateAsync(Factory, "Lars Åkesson");
        var (_, admin) = await Factory.CreateSignedInAsync("Alva Admin", ApiResourcesFactory.Own, Role.Admin);
        await DeliverLabEmailsAsync(scenario.LabId);
        var countsBefore = await CountsAsync(scenario.LabId);
        var secrets = new[] { scenario.Subject.Name, scenario.Subject.Email, scenario.Quote, scenario.Comment, scenario.IdeaTitle, scenario.IdeaDescription };
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
        var (idea, votes) = await IdeaAndVotesAsync(scenario);
        Assert.Equal("{\"title\":\"[raderat]\",\"description\":\"[raderat]\"}", idea.Answers.ToJsonString());
        Assert.Equal(scenario.Subject.Id, idea.AuthorId);
        var vote = Assert.Single(votes);
        Assert.Equal(scenario.IdeaId, vote.IdeaId);
        Assert.Null(vote.VoterId);
        using var anonymous = Factory.CreateAnonymousClient();
        using var signIn = await anonymous.PostAsync("/api/v1/account/login", ApiResourcesFactory.Json(new { email = scenario.Subject.Email, password = ApiResourcesFactory.Password }));
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        using var again = await admin.PostAsync($"/api/v1/people/{scenario.Subject.Id}/erasure", ApiResourcesFactory.Json(new { reason = "Igen" }));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [DatabaseFact]
    public async Task Erase_EmptiesEveryWordingInTheirIdeasHistory_EvenAFacilitatorsRewordingThatQuotesNothingOfIt()
    {
        // Arrange: the facilitator rewords the idea twice, once in words of their own and once quoting the author.
        var scenario = await PrivacyScenario.CreateAsync(Factory, "Maja Berg");
        var (_, admin) = await Factory.CreateSignedInAsync("Alma Admin", ApiResourcesFactory.Own, Role.Admin);
        var suffix = scenario.IdeaId.ToString("N")[..6];
        var ownWords = new JsonObject { ["title"] = $"Fredagsfika för hela enheten {suffix}", ["description"] = $"Vi ses vid ett långbord {suffix}" };
        var quoting = new JsonObject { ["title"] = $"{scenario.IdeaTitle} (omformulerad)", ["description"] = "Se ovan" };
        var collectionId = await Factory.InScopeAsync(async services =>
            (await services.GetRequiredService<ICollectionStore>().FindByActivityAsync(scenario.LabId, "ideas", CancellationToken.None))!.Id);
        await Factory.InScopeAsync(async services =>
        {
            var board = services.GetRequiredService<IdeaBoardService>();
            Assert.Empty(await board.EditAsync(collectionId, scenario.IdeaId, ownWords, scenario.Facilitator.Id, CancellationToken.None));
            Assert.Empty(await board.EditAsync(collectionId, scenario.IdeaId, quoting, scenario.Facilitator.Id, CancellationToken.None));
            return 0;
        });
        var rewordings = new[] { ownWords["title"]!.GetValue<string>(), ownWords["description"]!.GetValue<string>(), quoting["title"]!.GetValue<string>() };
        Assert.NotEmpty(await FindAnywhereAsync(rewordings));

        // Act
        using var erased = await admin.PostAsync(
            $"/api/v1/people/{scenario.Subject.Id}/erasure", ApiResourcesFactory.Json(new { reason = "Begäran om radering, beslut 2030-05-02" }));

        // Assert: no wording of the idea is left anywhere; the history still has the author's wording and both edits.
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Empty(await FindAnywhereAsync(rewordings));
        var history = await Factory.InScopeAsync(services =>
            services.GetRequiredService<IdeaBoardService>().HistoryAsync(collectionId, scenario.IdeaId, scenario.Facilitator.Id, CancellationToken.None));
        Assert.Equal(3, history.Count);
        Assert.All(history, wording => Assert.Equal("{\"title\":\"[raderat]\",\"description\":\"[raderat]\"}", wording.ToJsonString()));
    }

    /// <summary>
    /// Sends the lab's emails until each is sent or waiting for a retry. The host's own delivery loop runs too and may
    /// have claimed a row first; a claimed row is not due for this call, so it waits for the loop to finish it.
    /// </summary>
    private async Task DeliverLabEmailsAsync(Guid labId)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (true)
        {
            await Factory.InScopeAsync(services => services.GetRequiredService<EmailDeliveryService>().SendDueAsync(CancellationToken.None));
            var open = await Factory.InScopeAsync(async services =>
                (await services.GetRequiredService<IEmailStore>().ListAsync(new EmailMessageQuery(InstanceId: labId), CancellationToken.None))
                .Count(m => m.Status is EmailStatus.Pending or EmailStatus.Sending));
            if (open == 0)
            {
                return;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"{open} email(s) of the lab were still pending or being sent after 30 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Tasks by status, the lab's number of tasks with answers, its ideas and dots: what the lab's statistics count.</summary>
    private Task<string> CountsAsync(Guid labId) =>
        Factory.InScopeAsync(async services =>
        {
            var tasks = await services.GetRequiredService<ITaskStore>().ListByLabAsync(labId, CancellationToken.None);
            var collections = services.GetRequiredService<ICollectionStore>();
            var ideas = 0;
            var dots = 0;
            foreach (var collection in await collections.ListByLabAsync(labId, CancellationToken.None))
            {
                ideas += (await collections.ListSubmissionsAsync(collection.Id, CancellationToken.None)).Count;
                dots += (await collections.ListVotesAsync(collection.Id, CancellationToken.None)).Count;
            }

            return string.Join(";", tasks.GroupBy(t => t.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}"))
                + $";answered={tasks.Count(t => t.Answers is not null)};comments={tasks.Sum(t => t.Comments.Count)};ideas={ideas};dots={dots}";
        });

    /// <summary>The scenario's idea as stored and the dots of its vote.</summary>
    private Task<(IdeaSubmission Idea, IReadOnlyList<IdeaVote> Votes)> IdeaAndVotesAsync(PrivacyScenario scenario) =>
        Factory.InScopeAsync(async services =>
        {
            var collections = services.GetRequiredService<ICollectionStore>();
            var ideas = (await collections.FindByActivityAsync(scenario.LabId, "ideas", CancellationToken.None))!;
            var vote = (await collections.FindByActivityAsync(scenario.LabId, "vote", CancellationToken.None))!;
            var idea = (await collections.ListSubmissionsAsync(ideas.Id, CancellationToken.None)).Single(i => i.Id == scenario.IdeaId);
            return (idea, await collections.ListVotesAsync(vote.Id, CancellationToken.None));
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
}
