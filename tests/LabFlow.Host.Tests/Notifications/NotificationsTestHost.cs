using System.Net;
using System.Text;
using Hangfire;
using LabFlow.Activities.DependencyInjection;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Notifications;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Configuration;
using LabFlow.Host.Infrastructure.Email;
using LabFlow.Host.Infrastructure.Notifications;
using LabFlow.Host.Infrastructure.Scheduling;
using LabFlow.Workflows.ActivityTypes;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Expressions;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;

namespace LabFlow.Host.Tests.Notifications;

/// <summary>
/// A started host as the Host composes notifications: the engine and lab domain in memory on a fake clock, Hangfire
/// in memory with a real server, email over SMTP to a real SMTP server on 127.0.0.1 (netDumbster), and
/// <c>AddLabFlowNotifications</c>. The journal's deletion is recorded, since this host has no database.
/// </summary>
internal sealed class NotificationsTestHost : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public const string BaseUrl = "https://labflow.goteborg.example/";

    private static readonly string School = PilotAdministrations.Grundskoleforvaltningen.Id;

    private readonly IHost _host;
    private readonly string _folder;

    private NotificationsTestHost(IHost host, string folder, SimpleSmtpServer smtp, FakeTimeProvider time)
    {
        _host = host;
        _folder = folder;
        Smtp = smtp;
        Time = time;
    }

    public static Person Facilitator { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000001"), "Fia Facilitator", "fia@goteborg.example");

    public static Person Kim { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000002"), "Kim Samordnare", "kim@goteborg.example");

    public static Person Lo { get; } = new(Guid.Parse("10000000-0000-0000-0000-000000000003"), "Lo Samordnare", "lo@goteborg.example", "en");

    public SimpleSmtpServer Smtp { get; }

    public FakeTimeProvider Time { get; }

    public IRecurringJobManager RecurringJobs => _host.Services.GetRequiredService<IRecurringJobManager>();

    public JobStorage Storage => _host.Services.GetRequiredService<JobStorage>();

    /// <param name="settings">More configuration, such as LabFlow:Retention:Period.</param>
    public static async Task<NotificationsTestHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("labflow-notify-").FullName;
        var smtp = netDumbster.smtp.Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort().Build();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = folder,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LabFlow:DataPath"] = "data",
            ["LabFlow:PublicBaseUrl"] = BaseUrl,
            ["LabFlow:Scheduling:Storage"] = "InMemory",
            ["LabFlow:Email:SmtpHost"] = "127.0.0.1",
            ["LabFlow:Email:SmtpPort"] = smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LabFlow:Email:Security"] = "None",
            ["LabFlow:Email:FromAddress"] = "labflow@goteborg.example",
            ["LabFlow:Email:SendTimeout"] = "00:00:10",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        // Hangfire's log provider is process-wide: a factory that is never disposed (see SchedulingTestHost).
        builder.Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 5, 0, 0, TimeSpan.Zero));
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IJournalRetention, CountingJournalRetention>();
        builder.Services.AddOptions<LabFlowOptions>().BindConfiguration(LabFlowOptions.SectionName);
        builder.Services.AddLabFlowWorkflows();
        builder.Services.AddLabActivities();
        builder.AddLabFlowScheduling();
        builder.Services.AddLabFlowEmail(builder.Configuration);
        builder.Services.AddLabFlowNotifications();
        var host = builder.Build();

        var directory = host.Services.GetRequiredService<InMemoryDirectory>();
        foreach (var (person, role) in new[] { (Facilitator, Role.Facilitator), (Kim, Role.Coordinator), (Lo, Role.Coordinator) })
        {
            directory.AddPerson(person);
            directory.AddMembership(new Membership(person.Id, School, role));
        }

        using var starting = new CancellationTokenSource(Timeout);
        await host.StartAsync(starting.Token);
        return new NotificationsTestHost(host, folder, smtp, time);
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Publishes a one-task flow (<c>report</c>) and launches a lab on it as the facilitator, starting Monday 1 June 2026.</summary>
    public Task<Lab> LaunchAsync(string taskInputs) => InScopeAsync(async sp =>
    {
        var json = $$"""
            {
              "id": "notify-host-test",
              "version": 1,
              "name": "Notify host test",
              "phases": [ { "id": "explore", "name": "Utforska" } ],
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "report", "type": "UserTask", "phase": "explore", "inputs": { {{taskInputs}} } }
              ],
              "connections": [ { "from": "start", "to": "report" } ]
            }
            """;
        var loaded = new WorkflowDefinitionLoader(sp.GetRequiredService<IActivityRegistry>(), sp.GetRequiredService<IExpressionEvaluator>()).Load("test.json", json);
        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Errors));
        var definition = (await sp.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(loaded.Definition!, "test", null, CancellationToken.None)).Definition;
        return await sp.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest(definition.Id, "Jämlik rekrytering", School, "Hur kan vi rekrytera mer jämlikt?", new DateOnly(2026, 6, 1), [new LabMember(Facilitator.Id, Role.Facilitator)]),
            Facilitator.Id,
            CancellationToken.None);
    });

    public Task<LabTask> TaskAsync(Guid labId) =>
        InScopeAsync(async sp => Assert.Single(await sp.GetRequiredService<ITaskStore>().ListByLabAsync(labId, CancellationToken.None)));

    /// <summary>Runs a recurring job through Hangfire, as its schedule would.</summary>
    public void Trigger(string jobId) => RecurringJobs.Trigger(jobId);

    /// <summary>Waits until the SMTP server has received <paramref name="count"/> emails in all and returns them, parsed.</summary>
    public async Task<IReadOnlyList<MimeMessage>> ReceivedAsync(int count)
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnReceived(object? sender, MessageReceivedArgs args)
        {
            if (Smtp.ReceivedEmailCount >= count)
            {
                arrived.TrySetResult();
            }
        }

        Smtp.MessageReceived += OnReceived;
        try
        {
            if (Smtp.ReceivedEmailCount >= count)
            {
                arrived.TrySetResult();
            }

            await arrived.Task.WaitAsync(Timeout);
        }
        finally
        {
            Smtp.MessageReceived -= OnReceived;
        }

        var messages = new List<MimeMessage>();
        foreach (var email in Smtp.ReceivedEmail)
        {
            messages.Add(await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(email.Data))));
        }

        return messages;
    }

    public async ValueTask DisposeAsync()
    {
        using (var stopping = new CancellationTokenSource(Timeout))
        {
            await _host.StopAsync(stopping.Token);
        }

        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }

        Smtp.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Stands in for the database's journal: says how many entries it deleted (none).</summary>
    private sealed class CountingJournalRetention : IJournalRetention
    {
        public Task<int> DeleteBeforeAsync(Guid instanceId, DateTimeOffset before, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
