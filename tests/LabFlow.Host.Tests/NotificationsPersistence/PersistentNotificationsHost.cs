using System.Globalization;
using System.Net;
using System.Text;
using Hangfire;
using LabFlow.Activities.DependencyInjection;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Infrastructure.Email;
using LabFlow.Host.Infrastructure.Notifications;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Scheduling;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;

namespace LabFlow.Host.Tests.NotificationsPersistence;

/// <summary>
/// One LabFlow process as the Host composes notifications, on a real SQLite file: the EF Core stores with the real
/// migrations, Hangfire on its own SQLite file in the data folder, email over SMTP to a real server on 127.0.0.1
/// (netDumbster), and <c>AddLabFlowNotifications</c>, on a fake clock. Disposing it and starting another on the same
/// folder is a restart.
/// </summary>
internal sealed class PersistentNotificationsHost : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public const string BaseUrl = "https://labflow.goteborg.example/";

    public static readonly string School = PilotAdministrations.Grundskoleforvaltningen.Id;

    private readonly IHost _host;

    private PersistentNotificationsHost(IHost host, FakeTimeProvider time)
    {
        _host = host;
        Time = time;
    }

    public static Person Fia { get; } = new(Guid.Parse("60000000-0000-0000-0000-000000000001"), "Fia Facilitator", "fia@goteborg.example");

    public static Person Kim { get; } = new(Guid.Parse("60000000-0000-0000-0000-000000000002"), "Kim Samordnare", "kim@goteborg.example");

    public FakeTimeProvider Time { get; }

    public JobStorage Storage => _host.Services.GetRequiredService<JobStorage>();

    /// <summary>
    /// Builds the process on <paramref name="database"/> (the content root is <paramref name="folder"/>, by default the
    /// SQLite database's folder), migrates and starts it at <paramref name="now"/>.
    /// </summary>
    public static async Task<PersistentNotificationsHost> StartAsync(TestDatabase database, SimpleSmtpServer smtp, DateTimeOffset now, string? folder = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = folder ?? ((SqliteTestDatabase)database).Folder,
            EnvironmentName = Environments.Development,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(database.Settings);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LabFlow:DataPath"] = "data",
            ["LabFlow:PublicBaseUrl"] = BaseUrl,
            ["LabFlow:Email:SmtpHost"] = "127.0.0.1",
            ["LabFlow:Email:SmtpPort"] = smtp.Configuration.Port.ToString(CultureInfo.InvariantCulture),
            ["LabFlow:Email:Security"] = "None",
            ["LabFlow:Email:FromAddress"] = "labflow@goteborg.example",
            ["LabFlow:Email:SendTimeout"] = "00:00:10",
        });
        // Hangfire's log provider is process-wide: a factory that is never disposed (see SchedulingTestHost).
        builder.Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        var time = new FakeTimeProvider(now);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddLabFlowPersistence(builder.Configuration);
        builder.Services.AddLabFlowWorkflows();
        builder.Services.AddLabActivities();
        builder.AddLabFlowScheduling();
        builder.Services.AddLabFlowEmail(builder.Configuration);
        builder.Services.AddLabFlowNotifications();
        builder.Services.AddSingleton<WorkflowDefinitionLoader>();
        var host = new PersistentNotificationsHost(builder.Build(), time);

        using var starting = new CancellationTokenSource(Timeout);
        Assert.True(await host.InScopeAsync(sp => sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(starting.Token)), "The database migration failed.");
        await host._host.StartAsync(starting.Token);
        return host;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    /// <summary>Adds Fia (facilitator) and Kim (coordinator) to the directory.</summary>
    public Task SeedPeopleAsync() => InScopeAsync(async sp =>
    {
        var directory = sp.GetRequiredService<IDirectoryCommands>();
        foreach (var (person, role) in new[] { (Fia, Role.Facilitator), (Kim, Role.Coordinator) })
        {
            await directory.SavePersonAsync(person, CancellationToken.None);
            await directory.AddMembershipAsync(new Membership(person.Id, School, role), CancellationToken.None);
        }
    });

    /// <summary>Publishes a one-task flow (<c>report</c>) and launches a lab on it as Fia, starting Monday 1 June 2026.</summary>
    public Task<Lab> LaunchAsync(string taskInputs) => InScopeAsync(async sp =>
    {
        var json = $$"""
            {
              "id": "notify-restart-test",
              "version": 1,
              "name": "Notify restart test",
              "phases": [ { "id": "explore", "name": "Utforska" } ],
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "report", "type": "UserTask", "phase": "explore", "inputs": { {{taskInputs}} } }
              ],
              "connections": [ { "from": "start", "to": "report" } ]
            }
            """;
        var loaded = sp.GetRequiredService<WorkflowDefinitionLoader>().Load("test.json", json);
        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Errors));
        var definition = (await sp.GetRequiredService<IWorkflowDefinitionStore>().PublishAsync(loaded.Definition!, "test", null, CancellationToken.None)).Definition;
        return await sp.GetRequiredService<LabService>().LaunchAsync(
            new LaunchLabRequest(definition.Id, "Jämlik rekrytering", School, "Hur kan vi rekrytera mer jämlikt?", new DateOnly(2026, 6, 1), [new LabMember(Fia.Id, Role.Facilitator)]),
            Fia.Id,
            CancellationToken.None);
    });

    /// <summary>Runs a recurring job as Hangfire runs it (a scope of its own), and waits for it to end.</summary>
    public Task RunJobAsync(string jobId) => InScopeAsync(sp =>
        sp.GetServices<ILabFlowRecurringJob>().Single(j => j.Id == jobId).RunAsync(CancellationToken.None));

    /// <summary>Sends every email row that is due now and waits for it, so nothing is still on its way.</summary>
    public Task<EmailDeliveryResult> DeliverDueAsync() =>
        _host.Services.GetRequiredService<EmailDeliveryService>().SendDueAsync(CancellationToken.None);

    /// <summary>Waits until the SMTP server has received <paramref name="count"/> emails in all and returns them, parsed.</summary>
    public static async Task<IReadOnlyList<MimeMessage>> ReceivedAsync(SimpleSmtpServer smtp, int count)
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnReceived(object? sender, MessageReceivedArgs args)
        {
            if (smtp.ReceivedEmailCount >= count)
            {
                arrived.TrySetResult();
            }
        }

        smtp.MessageReceived += OnReceived;
        try
        {
            if (smtp.ReceivedEmailCount >= count)
            {
                arrived.TrySetResult();
            }

            await arrived.Task.WaitAsync(Timeout);
        }
        finally
        {
            smtp.MessageReceived -= OnReceived;
        }

        var messages = new List<MimeMessage>();
        foreach (var email in smtp.ReceivedEmail)
        {
            messages.Add(await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(email.Data))));
        }

        return messages;
    }

    public static SimpleSmtpServer StartSmtp() =>
        netDumbster.smtp.Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort().Build();

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
    }
}
