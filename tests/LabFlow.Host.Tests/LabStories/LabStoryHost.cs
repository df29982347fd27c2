using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.Collections;
using LabFlow.Activities.DependencyInjection;
using LabFlow.Activities.Email;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Notifications;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using LabFlow.Workflows.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace LabFlow.Host.Tests.LabStories;

/// <summary>
/// A LabFlow without a web server for lab stories: the real engine and lab domain, the shipped flows loaded by the
/// real loader and published, a fake clock that the in-memory scheduler's timers follow, and the directory seeded
/// with <see cref="LabStoryCast"/>. Rows live in memory or in a real SQLite file with the real migrations. Every
/// call runs in a scope of its own, as a request or a job would.
/// </summary>
internal sealed class LabStoryHost : IAsyncDisposable
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv");

    private readonly ServiceProvider _services;
    private readonly TestDatabase? _database;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));

    private LabStoryHost(ServiceProvider services, TestDatabase? database, FakeTimeProvider time, TestLogs logs)
    {
        _services = services;
        _database = database;
        Time = time;
        Logs = logs;
    }

    public FakeTimeProvider Time { get; }

    public TestLogs Logs { get; }

    public CancellationToken Token => _timeout.Token;

    public LabCalendar Calendar => _services.GetRequiredService<LabCalendar>();

    /// <summary>Today in Stockholm.</summary>
    public DateOnly Today => Calendar.DateOf(Time.GetUtcNow());

    /// <summary>Builds the host at <paramref name="now"/>, prepares its store, seeds the directory and publishes the shipped flows.</summary>
    public static async Task<LabStoryHost> StartAsync(LabStoryStore store, DateTimeOffset now)
    {
        var time = new FakeTimeProvider(now);
        var logs = new TestLogs();
        var database = store == LabStoryStore.Sqlite ? SqliteTestDatabase.Create() : null;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging(logging => logging.AddProvider(logs));
        if (database is not null)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
            services.AddSingleton<IConfiguration>(configuration);
            services.AddLabFlowPersistence(configuration);
        }

        services.AddLabFlowWorkflows();
        services.AddLabActivities();
        services.AddLabFlowEmailOutbox();
        // The overdue and escalation sweeps the Host runs as recurring jobs, run by the story when it asks (SweepOverdueAsync).
        services.AddSingleton(new NotificationRules());
        services.AddScoped<OverdueNotices>();
        services.AddScoped<TaskEscalations>();
        services.AddSingleton<WorkflowDefinitionLoader>();
        var host = new LabStoryHost(
            services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }), database, time, logs);
        await host.PrepareAsync();
        return host;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = _services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public Task<T> WithAsync<T, TService>(Func<TService, Task<T>> action)
        where TService : notnull =>
        InScopeAsync(sp => action(sp.GetRequiredService<TService>()));

    // ---- The lab ----

    /// <summary>The facilitator launches a lab on a shipped flow; the lab's team is <see cref="LabStoryCast.Team"/>.</summary>
    public Task<Lab> LaunchAsync(string flowId, string title, string challenge, DateOnly startDate) =>
        WithAsync<Lab, LabService>(labs => labs.LaunchAsync(
            new LaunchLabRequest(flowId, title, LabStoryCast.School.Id, challenge, startDate, LabStoryCast.Team),
            LabStoryCast.Fia.Id,
            Token));

    public Task<Lab> LabAsync(Guid labId) => WithAsync<Lab, LabService>(labs => labs.GetAsync(labId, LabStoryCast.Fia.Id, Token));

    /// <summary>Phase progress as the facilitator sees it: <c>prepare=Done, explore=Active, …</c>.</summary>
    public async Task<string> ProgressAsync(Guid labId)
    {
        var progress = await WithAsync<IReadOnlyList<PhaseProgress>, LabService>(labs => labs.GetProgressAsync(labId, LabStoryCast.Fia.Id, Token));
        return string.Join(", ", progress.Select(p => $"{p.PhaseId}={p.State}"));
    }

    public async Task<WorkflowInstance> InstanceAsync(Guid labId)
    {
        var instance = await WithAsync<WorkflowInstance?, IWorkflowInstanceStore>(store => store.FindAsync(labId, Token));
        return instance ?? throw new InvalidOperationException($"Lab {labId} has no instance.");
    }

    /// <summary>Fails the story when a step faulted, with the incidents' messages.</summary>
    public async Task AssertNoIncidentsAsync(Guid labId)
    {
        var instance = await InstanceAsync(labId);
        Assert.Empty(instance.State.Incidents.Select(i => $"{i.ActivityId}: {i.Message}"));
    }

    // ---- Tasks ----

    public Task<IReadOnlyList<LabTask>> TasksAsync(Guid labId) => WithAsync<IReadOnlyList<LabTask>, ITaskStore>(tasks => tasks.ListByLabAsync(labId, Token));

    /// <summary>The open tasks of the lab, as <c>activityId</c> names in creation order.</summary>
    public async Task<IReadOnlyList<string>> OpenStepsAsync(Guid labId) =>
        [.. (await TasksAsync(labId)).Where(t => t.IsOpen).Select(t => t.ActivityId ?? "ad hoc").Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The one open task of a step.</summary>
    public async Task<LabTask> OpenTaskAsync(Guid labId, string activityId)
    {
        await AssertNoIncidentsAsync(labId);
        return Assert.Single(await TasksAsync(labId), t => t.ActivityId == activityId && t.IsOpen);
    }

    /// <summary>The open tasks of an "each participant" step, by assignee name.</summary>
    public async Task<IReadOnlyList<LabTask>> OpenTasksAsync(Guid labId, string activityId)
    {
        await AssertNoIncidentsAsync(labId);
        return [.. (await TasksAsync(labId)).Where(t => t.ActivityId == activityId && t.IsOpen).OrderBy(t => LabStoryCast.NameOf(t.AssigneeId ?? Guid.Empty), StringComparer.Ordinal)];
    }

    public Task<IReadOnlyList<LabTask>> TasksOfAsync(Person person) =>
        WithAsync<IReadOnlyList<LabTask>, TaskService>(tasks => tasks.ListForPersonAsync(person.Id, includeClosed: false, Token));

    public Task<LabTask> SeeTaskAsync(Person person, Guid taskId) =>
        WithAsync<LabTask, TaskService>(tasks => tasks.GetAsync(taskId, person.Id, Token));

    /// <summary>A person completes a task with answers and an action (the task's first when <c>null</c>); whatever the result.</summary>
    public Task<TaskCompletionResult> TryCompleteAsync(Person person, LabTask task, JsonObject answers, string? action = null) =>
        WithAsync<TaskCompletionResult, TaskService>(tasks => tasks.CompleteAsync(task.Id, person.Id, action, answers, Token));

    /// <summary>A person completes the open task of a step; the story fails when it is refused or a step faults.</summary>
    public async Task<LabTask> CompleteAsync(Person person, Guid labId, string activityId, JsonObject answers, string? action = null)
    {
        var task = await OpenTaskAsync(labId, activityId);
        return await CompleteAsync(person, task, answers, action);
    }

    public async Task<LabTask> CompleteAsync(Person person, LabTask task, JsonObject answers, string? action = null)
    {
        var result = await TryCompleteAsync(person, task, answers, action);
        Assert.True(result.Status == TaskCompletionStatus.Completed, $"{result.Message} {string.Join("; ", result.Errors)}");
        await AssertNoIncidentsAsync(task.LabId);
        return result.Task;
    }

    /// <summary>The errors of a refused completion as <c>path: Swedish message</c>, the way the form shows them.</summary>
    public static IReadOnlyList<string> Shown(IReadOnlyList<FormError> errors) =>
        [.. errors.Select(e => $"{e.Path}: {e.Message.Get(Swedish)}")];

    // ---- Collections ----

    public async Task<LabCollection> CollectionAsync(Guid labId, string activityId)
    {
        await AssertNoIncidentsAsync(labId);
        var collection = await WithAsync<LabCollection?, ICollectionStore>(store => store.FindByActivityAsync(labId, activityId, Token));
        return collection ?? throw new InvalidOperationException($"Step '{activityId}' opened no collection in lab {labId}.");
    }

    public Task<SubmissionResult> SubmitIdeaAsync(Person person, LabCollection collection, JsonObject idea) =>
        WithAsync<SubmissionResult, CollectionService>(service => service.SubmitAsync(collection.Id, person.Id, idea, Token));

    public Task VoteAsync(Person person, LabCollection vote, params IdeaSubmission[] ideas) =>
        InScopeAsync(sp => sp.GetRequiredService<CollectionService>().VoteAsync(vote.Id, person.Id, [.. ideas.Select(i => i.Id)], Token));

    public Task<IReadOnlyList<IdeaSubmission>> IdeasAsync(LabCollection collection) =>
        WithAsync<IReadOnlyList<IdeaSubmission>, ICollectionStore>(store => store.ListSubmissionsAsync(collection.Id, Token));

    // ---- Email ----

    /// <summary>The lab's emails with <paramref name="template"/>, oldest first (then by name), as <c>recipient: subject</c>.</summary>
    public async Task<IReadOnlyList<string>> EmailsAsync(Guid labId, string template)
    {
        var emails = await WithAsync<IReadOnlyList<EmailMessage>, IEmailStore>(store => store.ListAsync(new EmailMessageQuery(InstanceId: labId, Take: 1000), Token));
        return [.. emails.Where(e => e.Template == template).OrderBy(e => e.CreatedAt).ThenBy(e => e.RecipientName, StringComparer.Ordinal).Select(e => $"{e.RecipientName}: {e.Subject}")];
    }

    /// <summary>
    /// Runs the overdue-notice and escalation sweeps as the Host's recurring jobs would run them now; the emails they
    /// added (a task that is overdue the moment it is created gets its notices at once).
    /// </summary>
    public Task<int> SweepOverdueAsync() =>
        InScopeAsync(async sp =>
            await sp.GetRequiredService<OverdueNotices>().SendDueAsync(Time.GetUtcNow(), Token)
            + await sp.GetRequiredService<TaskEscalations>().EscalateDueAsync(Time.GetUtcNow(), Token));

    // ---- Time ----

    /// <summary>
    /// Moves the clock to <paramref name="time"/> Stockholm time on <paramref name="date"/> and lets every timer that
    /// is due by then fire, earliest first: the clock stops at each timer's due time, the scheduler's own timer fires
    /// it, and a sweep of the store fires any it left (as the Host's recurring sweep would).
    /// </summary>
    public async Task AtAsync(DateOnly date, TimeOnly time)
    {
        var target = Calendar.At(date, time);
        Assert.True(target >= Time.GetUtcNow(), $"The story cannot go back in time to {target:O}.");
        var scheduler = _services.GetRequiredService<InMemoryWorkflowScheduler>();
        var fired = new HashSet<Guid>();
        while (true)
        {
            var next = await WithAsync<IReadOnlyList<Bookmark>, IBookmarkStore>(bookmarks => bookmarks.ListDueTimersAsync(target, 1, Token));
            if (next.Count == 0)
            {
                Time.SetUtcNow(target);
                await scheduler.WaitForFiringAsync(Token);
                return;
            }

            var timer = next[0];
            Assert.True(fired.Add(timer.Id), $"Timer {timer.Id} of step '{timer.ActivityId}' is due but stays open after firing; see the lab's incidents.");
            if (timer.DueAt > Time.GetUtcNow())
            {
                Time.SetUtcNow(timer.DueAt.Value);
            }

            await scheduler.WaitForFiringAsync(Token);
            await scheduler.FireDueTimersAsync(Token);
            await scheduler.WaitForFiringAsync(Token);
        }
    }

    /// <summary>A Stockholm date and time as an instant, for asserting reminders and collection windows.</summary>
    public DateTimeOffset Stockholm(DateOnly date, TimeOnly time) => Calendar.At(date, time);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        _timeout.Dispose();
    }

    private async Task PrepareAsync()
    {
        if (_database is not null)
        {
            Assert.True(await InScopeAsync(sp => sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(Token)), "The database migration failed.");
        }

        await SeedDirectoryAsync();
        await PublishShippedFlowsAsync();
    }

    private Task SeedDirectoryAsync() =>
        InScopeAsync(async sp =>
        {
            var directory = sp.GetRequiredService<IDirectoryCommands>();
            await directory.SaveAdministrationAsync(LabStoryCast.School, Token);
            await directory.SaveAdministrationAsync(LabStoryCast.Preschool, Token);
            foreach (var person in LabStoryCast.Everyone)
            {
                await directory.SavePersonAsync(person, Token);
            }

            foreach (var membership in LabStoryCast.Memberships)
            {
                await directory.AddMembershipAsync(membership, Token);
            }
        });

    /// <summary>The flows copied next to the Host (and so into this test's output), loaded and published as the Host would.</summary>
    private async Task PublishShippedFlowsAsync()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "workflows-json");
        var results = await _services.GetRequiredService<WorkflowDefinitionLoader>().LoadDirectoryAsync(folder, Token);
        Assert.Empty(results.SelectMany(r => r.Errors).Select(e => e.ToString()));
        await InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<IWorkflowDefinitionStore>();
            foreach (var result in results)
            {
                await store.PublishAsync(result.Definition!, $"file:{result.FileName}", null, Token);
            }
        });
    }
}
