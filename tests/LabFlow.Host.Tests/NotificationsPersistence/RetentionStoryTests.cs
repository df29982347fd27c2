using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Notifications;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Tests.NotificationsPersistence;

/// <summary>
/// Retention of a whole finished lab: an idea collected, a task delegated with a note, commented on and completed,
/// its answer copied into a variable, emails sent. Run in memory and on each database.
/// </summary>
public abstract class RetentionStoryTests : IAsyncLifetime
{
    private static readonly TimeSpan TwoYears = TimeSpan.FromDays(730);
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 5, 0, 0, TimeSpan.Zero);

    private const string Flow = """
        {
          "id": "retention-story",
          "version": 1,
          "name": "Retention story",
          "phases": [ { "id": "explore", "name": "Utforska" } ],
          "variables": [
            { "name": "summary", "type": "String" },
            { "name": "ideaCount", "type": "Number", "default": 0 },
            { "name": "reported", "type": "Boolean", "default": false }
          ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "ideas", "type": "CollectIdeas", "phase": "explore",
              "inputs": {
                "title": "Idéer",
                "participants": { "role": "Participant" },
                "closes": { "daysAfterStart": 7 },
                "form": [ { "key": "title", "type": "Text", "label": "Rubrik", "required": true } ]
              } },
            { "id": "report", "type": "UserTask", "phase": "explore",
              "inputs": {
                "title": "Rapportera intervjuer",
                "assignee": { "person": "kim@goteborg.example" },
                "due": { "daysAfterStart": 16 },
                "form": [ { "key": "summary", "type": "LongText", "label": "Sammanfattning", "required": true } ]
              } },
            { "id": "keep", "type": "SetVariable", "inputs": { "name": "summary", "value": { "js": "tasks.report.summary" } } },
            { "id": "count", "type": "SetVariable", "inputs": { "name": "ideaCount", "value": { "js": "tasks.ideas.count" } } },
            { "id": "done", "type": "SetVariable", "inputs": { "name": "reported", "value": true } }
          ],
          "connections": [
            { "from": "start", "to": "ideas" }, { "from": "ideas", "to": "report" }, { "from": "report", "to": "keep" },
            { "from": "keep", "to": "count" }, { "from": "count", "to": "done" }
          ]
        }
        """;

    private TestDatabase? _database;

    /// <summary>The database provider, or <c>null</c> for the in-memory stores.</summary>
    protected abstract string? Provider { get; }

    public async Task InitializeAsync()
    {
        if (Provider is { } provider)
        {
            _database = await TestDatabase.CreateAsync(provider);
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [DatabaseFact]
    public async Task ClearAsync_ClearsThePersonalDataOfALabFinishedLongerAgoThanThePeriod_AndRecordsCounts()
    {
        await using var host = await RetentionStoryHost.StartAsync(_database, Monday);
        var labId = await FinishedLabAsync(host);
        var sent = await SendEmailsAsync(host);
        host.Time.Advance(TwoYears + TimeSpan.FromDays(1));

        var run = await ClearAsync(host);
        var again = await ClearAsync(host);

        var tasks = await host.WithAsync<ITaskStore, IReadOnlyList<LabTask>>(s => s.ListByLabAsync(labId, host.Token));
        Assert.All(tasks, t =>
        {
            Assert.Null(t.Answers);
            Assert.Null(t.Draft);
            Assert.Empty(t.Comments);
        });
        Assert.Equal(
            [null],
            tasks.SelectMany(t => t.History).Where(h => h.Kind != TaskHistoryKind.Completed).Select(h => h.Note).Distinct());
        var report = Assert.Single(tasks, t => t.ActivityId == "report");
        Assert.Equal((RetentionStoryHost.Lo.Id, LabTaskStatus.Completed), (report.AssigneeId, report.Status));

        var instance = (await host.WithAsync<IWorkflowInstanceStore, WorkflowInstance?>(s => s.FindAsync(labId, host.Token)))!;
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Empty(instance.State.Outputs);
        Assert.Null(instance.State.Variables["summary"]);
        Assert.Equal(1, instance.State.Variables["ideaCount"]!.GetValue<int>());
        Assert.True(instance.State.Variables["reported"]!.GetValue<bool>());
        Assert.Empty((await host.WithAsync<ILabStore, Lab?>(s => s.FindAsync(labId, host.Token)))!.People);

        var emails = await host.WithAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ListAsync(new EmailMessageQuery(InstanceId: labId), host.Token));
        var ideas = await IdeasAsync(host, labId);
        if (ClearsEmailsAndIdeas)
        {
            Assert.All(emails, e => Assert.Equal(
                (string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "{}", 0),
                (e.RecipientAddress, e.RecipientName, e.Subject, e.HtmlBody, e.TextBody, e.ModelJson, e.Attachments.Count)));
            Assert.Equal([0], ideas.Select(i => i.Answers.Count));
        }
        else
        {
            Assert.All(emails, e => Assert.NotEqual(string.Empty, e.RecipientAddress));
            Assert.Equal([1], ideas.Select(i => i.Answers.Count));
        }

        Assert.Equal([labId], run.LabIds);
        Assert.Equal(
            Expected(sent),
            (run.TaskAnswersCleared, run.CommentsRemoved, run.HistoryNotesCleared, run.PeopleRemoved, run.StateValuesCleared, run.EmailsBlanked, run.IdeasCleared));
        Assert.Equal(ClearsJournal, run.JournalEntriesRemoved > 0);
        Assert.False(again.ClearedAnything);
        Assert.Equal([run.Id], (await host.WithAsync<IRetentionLog, IReadOnlyList<RetentionRun>>(s => s.ListAsync(10, host.Token))).Select(r => r.Id));
        Assert.Contains(
            $"Retention (730.00:00:00, labs ended before {run.Cutoff}): cleared 1 lab(s): 1 task answer(s), 1 comment(s), {run.HistoryNotesCleared} history note(s), 2 lab member(s), 3 stored step output(s) and variable(s), {run.EmailsBlanked} sent email(s) blanked, {run.IdeasCleared} idea(s), {run.JournalEntriesRemoved} journal entries",
            host.Logs.Entries.Select(e => e.Message));
    }

    [DatabaseFact]
    public async Task ClearAsync_KeepsEverything_WhenTheLabFinishedWithinThePeriod()
    {
        await using var host = await RetentionStoryHost.StartAsync(_database, Monday);
        var labId = await FinishedLabAsync(host);
        await SendEmailsAsync(host);
        host.Time.Advance(TwoYears - TimeSpan.FromDays(1));

        var run = await ClearAsync(host);

        Assert.False(run.ClearedAnything);
        var instance = (await host.WithAsync<IWorkflowInstanceStore, WorkflowInstance?>(s => s.FindAsync(labId, host.Token)))!;
        Assert.Equal("Fem intervjuer", instance.State.Variables["summary"]!.GetValue<string>());
        Assert.Equal(2, instance.State.Outputs.Count);
        Assert.All(
            await host.WithAsync<IEmailStore, IReadOnlyList<EmailMessage>>(s => s.ListAsync(new EmailMessageQuery(InstanceId: labId), host.Token)),
            e => Assert.NotEqual(string.Empty, e.RecipientAddress));
        Assert.Equal([1], (await IdeasAsync(host, labId)).Select(i => i.Answers.Count));
        Assert.NotEmpty(await host.WithAsync<IWorkflowJournalStore, IReadOnlyList<JournalEntry>>(s => s.ListAsync(labId, host.Token)));
        Assert.Empty(await host.WithAsync<IRetentionLog, IReadOnlyList<RetentionRun>>(s => s.ListAsync(10, host.Token)));
    }

    /// <summary>Whether emails and idea submissions are cleared (the database stores; the in-memory ones cannot change a row).</summary>
    protected virtual bool ClearsEmailsAndIdeas => true;

    /// <summary>Whether the journal is deleted (through the database).</summary>
    protected virtual bool ClearsJournal => true;

    // One answer, one comment, one delegation note, two lab members, three state values (the outputs of "ideas" and
    // "report", and the variable "summary"; "ideaCount" and "reported" stay), every sent email and the one idea.
    // Two history notes: the task's own and the idea board's participant task closed with its window.
    private (int, int, int, int, int, int, int) Expected(int sentEmails) =>
        (1, 1, 2, 2, 3, ClearsEmailsAndIdeas ? sentEmails : 0, ClearsEmailsAndIdeas ? 1 : 0);

    private static Task<RetentionRun> ClearAsync(RetentionStoryHost host) =>
        host.WithAsync<RetentionService, RetentionRun>(r => r.ClearAsync(TwoYears, host.Token));

    private static async Task<IReadOnlyList<IdeaSubmission>> IdeasAsync(RetentionStoryHost host, Guid labId)
    {
        var collection = await host.WithAsync<ICollectionStore, LabCollection?>(s => s.FindByActivityAsync(labId, "ideas", host.Token));
        return await host.WithAsync<ICollectionStore, IReadOnlyList<IdeaSubmission>>(s => s.ListSubmissionsAsync(collection!.Id, host.Token));
    }

    /// <summary>
    /// Kim submits an idea, Fia closes the collection, Kim delegates the report to Lo with a note, Lo comments and
    /// completes it: the lab finishes.
    /// </summary>
    private static async Task<Guid> FinishedLabAsync(RetentionStoryHost host)
    {
        var lab = await host.LaunchAsync(Flow, new DateOnly(2026, 6, 1));
        var collection = (await host.WithAsync<ICollectionStore, LabCollection?>(s => s.FindByActivityAsync(lab.Id, "ideas", host.Token)))!;
        var submitted = await host.WithAsync<CollectionService, SubmissionResult>(s => s.SubmitAsync(
            collection.Id, RetentionStoryHost.Kim.Id, new JsonObject { ["title"] = "Mentorskap för nyanställda" }, host.Token));
        Assert.Empty(submitted.Errors);
        await host.WithAsync<CollectionService, ResumeResult>(s => s.CloseAsync(collection.Id, RetentionStoryHost.Fia.Id, host.Token));

        var report = Assert.Single(
            await host.WithAsync<ITaskStore, IReadOnlyList<LabTask>>(s => s.ListByLabAsync(lab.Id, host.Token)),
            t => t.ActivityId == "report");
        await host.WithAsync<TaskService, LabTask>(s => s.DelegateAsync(report.Id, RetentionStoryHost.Kim.Id, RetentionStoryHost.Lo.Id, "Jag är föräldraledig från måndag.", host.Token));
        await host.WithAsync<TaskService, LabTask>(s => s.CommentAsync(report.Id, RetentionStoryHost.Lo.Id, "Kim ringer mig om något saknas.", host.Token));
        var completed = await host.WithAsync<TaskService, TaskCompletionResult>(s => s.CompleteAsync(
            report.Id, RetentionStoryHost.Lo.Id, null, new JsonObject { ["summary"] = "Fem intervjuer" }, host.Token));
        Assert.Equal(TaskCompletionStatus.Completed, completed.Status);

        var instance = (await host.WithAsync<IWorkflowInstanceStore, WorkflowInstance?>(s => s.FindAsync(lab.Id, host.Token)))!;
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        return lab.Id;
    }

    /// <summary>Marks every email row sent, as delivery would; returns how many.</summary>
    private static Task<int> SendEmailsAsync(RetentionStoryHost host) => host.WithAsync<IEmailStore, int>(async store =>
    {
        var now = host.Time.GetUtcNow();
        var claimed = await store.ClaimDueAsync(now, now.AddMinutes(5), 100, host.Token);
        await store.MarkSentAsync([.. claimed.Select(email => email.Id)], now, host.Token);

        Assert.NotEmpty(claimed);
        return claimed.Count;
    });
}

public sealed class InMemoryRetentionStoryTests : RetentionStoryTests
{
    protected override string? Provider => null;

    protected override bool ClearsEmailsAndIdeas => false;

    protected override bool ClearsJournal => false;
}

public sealed class SqliteRetentionStoryTests : RetentionStoryTests
{
    protected override string? Provider => DatabaseProviders.Sqlite;
}

public sealed class PostgreSqlRetentionStoryTests : RetentionStoryTests, IPostgreSqlTests
{
    protected override string? Provider => DatabaseProviders.PostgreSql;
}
