using LabFlow.Activities.DependencyInjection;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Notifications;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Expressions;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LabFlow.Activities.Tests.Notifications;

/// <summary>
/// The real engine, lab domain and notifications (in-memory stores and email rows) on a fake clock, with a directory
/// of people in Grundskoleförvaltningen. Each job is resolved in a fresh scope, as the Host's recurring jobs are.
/// </summary>
internal sealed class NotificationTestHost : IAsyncDisposable
{
    /// <summary>Monday 1 June 2026 (summer time: 08:00 in Stockholm is 06:00 UTC).</summary>
    public static readonly DateOnly SummerStart = new(2026, 6, 1);

    /// <summary>Monday 12 January 2026 (winter time: 08:00 in Stockholm is 07:00 UTC).</summary>
    public static readonly DateOnly WinterStart = new(2026, 1, 12);

    private static readonly string School = PilotAdministrations.Grundskoleforvaltningen.Id;

    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));

    public NotificationTestHost(DateTimeOffset? now = null, NotificationRules? rules = null)
    {
        Time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 6, 1, 5, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IJournalRetention>(Journal);
        services.AddLabActivities();
        services.AddLabFlowWorkflows();
        services.AddLabNotifications(rules);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _scope = _services.CreateAsyncScope();

        Add(Facilitator, Role.Facilitator);
        Add(Kim, Role.Coordinator);
        Add(Lo, Role.Coordinator);
        Add(Sponsor, Role.Sponsor);
    }

    public static Person Facilitator { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000001"), "Fia Facilitator", "fia@example.se");

    public static Person Kim { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000002"), "Kim Samordnare", "kim@example.se");

    public static Person Lo { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000003"), "Lo Samordnare", "lo@example.se", "en");

    public static Person Sponsor { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000004"), "Sam Sponsor", "sam@example.se");

    public FakeTimeProvider Time { get; }

    public RecordingJournalRetention Journal { get; } = new();

    public CancellationToken Token => _timeout.Token;

    public TaskService Tasks => Get<TaskService>();

    public LabService Labs => Get<LabService>();

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Runs <paramref name="job"/> in its own scope at the clock's time, as a recurring job would.</summary>
    public async Task<int> RunAsync<TJob>(Func<TJob, DateTimeOffset, CancellationToken, Task<int>> job)
        where TJob : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await job(scope.ServiceProvider.GetRequiredService<TJob>(), Time.GetUtcNow(), Token);
    }

    public Task<int> RemindAsync() => RunAsync<TaskReminders>((j, now, ct) => j.SendDueAsync(now, ct));

    public Task<int> OverdueAsync() => RunAsync<OverdueNotices>((j, now, ct) => j.SendDueAsync(now, ct));

    public Task<int> EscalateAsync() => RunAsync<TaskEscalations>((j, now, ct) => j.EscalateDueAsync(now, ct));

    public Task<int> FollowUpAsync() => RunAsync<FollowUpNotices>((j, now, ct) => j.SendDueAsync(now, ct));

    public Task<int> DigestAsync() => RunAsync<DailyDigests>((j, now, ct) => j.SendDueAsync(now, ct));

    /// <summary>Sets the clock to the given wall-clock time on <paramref name="date"/> in Stockholm.</summary>
    public void SetStockholmTime(DateOnly date, int hour, int minute = 0, int second = 0)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute, second));
        Time.SetUtcNow(new DateTimeOffset(local, LabCalendar.Stockholm.GetUtcOffset(local)));
    }

    /// <summary>Publishes a one-step flow (<c>report</c>, a UserTask for Kim unless told otherwise) and launches a lab on it.</summary>
    public async Task<Lab> LaunchAsync(string taskInputs, DateOnly? start = null, string type = "UserTask")
    {
        var json = $$"""
            {
              "id": "notify-test",
              "version": 1,
              "name": "Notify test",
              "phases": [ { "id": "explore", "name": "Utforska" } ],
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "report", "type": "{{type}}", "phase": "explore", "inputs": { {{taskInputs}} } }
              ],
              "connections": [ { "from": "start", "to": "report" } ]
            }
            """;
        var result = new WorkflowDefinitionLoader(Get<IActivityRegistry>(), Get<IExpressionEvaluator>()).Load("test.json", json);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        var definition = (await Get<IWorkflowDefinitionStore>().PublishAsync(result.Definition!, "test", null, Token)).Definition;
        return await Labs.LaunchAsync(
            new LaunchLabRequest(
                definition.Id,
                "Jämlik rekrytering",
                School,
                "Hur kan vi rekrytera mer jämlikt?",
                start ?? SummerStart,
                [new LabMember(Facilitator.Id, Role.Facilitator)]),
            Facilitator.Id,
            Token);
    }

    public async Task<LabTask> TaskAsync(Guid labId) => Assert.Single(await Get<ITaskStore>().ListByLabAsync(labId, Token));

    /// <summary>Email rows with <paramref name="template"/>, oldest first, then by address.</summary>
    public async Task<IReadOnlyList<EmailMessage>> EmailsAsync(string template) =>
        [.. (await Get<IEmailStore>().ListAsync(new EmailMessageQuery(Take: 1000), Token)).Where(e => e.Template == template).OrderBy(e => e.CreatedAt).ThenBy(e => e.RecipientAddress, StringComparer.Ordinal)];

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        _timeout.Dispose();
    }

    private void Add(Person person, Role role)
    {
        var directory = _services.GetRequiredService<InMemoryDirectory>();
        directory.AddPerson(person);
        directory.AddMembership(new Membership(person.Id, School, role));
    }
}
