using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Host.Configuration;
using LabFlow.Host.Infrastructure.Email;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Execution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace LabFlow.Host.Tests.Email;

/// <summary>The engine and <c>AddLabFlowEmail</c> as the Host composes them, on a fake clock and a temporary data folder.</summary>
internal sealed class EmailTestHost : IAsyncDisposable
{
    public static readonly Guid TaskId = Guid.Parse("7d0c3a52-31f4-4d0e-9f55-0f6f3b1b9a01");
    public static readonly Guid InstanceId = Guid.Parse("5b8e2f10-8a0c-4a57-8a43-2a8f8d6c0b02");

    private EmailTestHost(IHost host, FakeTimeProvider time, string dataPath)
    {
        Host = host;
        Time = time;
        DataPath = dataPath;
    }

    public IHost Host { get; }

    public FakeTimeProvider Time { get; }

    public string DataPath { get; }

    public IEmailStore Store => Host.Services.GetRequiredService<IEmailStore>();

    public EmailDeliveryService Delivery => Host.Services.GetRequiredService<EmailDeliveryService>();

    /// <param name="services">Registrations made before <c>AddLabFlowEmail</c>, which then keeps them (a store or sender to watch).</param>
    public static EmailTestHost Create(string folder, IDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = folder,
            EnvironmentName = Environments.Development,
            DisableDefaults = true,
        });
        var dataPath = Path.Combine(folder, "data");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["LabFlow:DataPath"] = dataPath,
            ["LabFlow:PublicBaseUrl"] = settings.TryGetValue("LabFlow:PublicBaseUrl", out var url) ? url : "https://labflow.goteborg.example",
        });
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 7, 0, 0, TimeSpan.Zero));
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddOptions<LabFlowOptions>().BindConfiguration(LabFlowOptions.SectionName);
        builder.Services.AddLabFlowWorkflows();
        services?.Invoke(builder.Services);
        builder.Services.AddLabFlowEmail(builder.Configuration);
        return new EmailTestHost(builder.Build(), time, dataPath);
    }

    public static Dictionary<string, string?> Smtp(int port) => new()
    {
        ["LabFlow:Email:SmtpHost"] = "127.0.0.1",
        ["LabFlow:Email:SmtpPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["LabFlow:Email:Security"] = "None",
        ["LabFlow:Email:FromAddress"] = "labflow@goteborg.example",
        ["LabFlow:Email:SendTimeout"] = "00:00:10",
    };

    /// <summary>A port on 127.0.0.1 that nothing listens on (until a test starts a server there).</summary>
    public static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static EmailRequested TaskAssigned(params EmailRecipient[] to) => new(
        Guid.NewGuid(),
        InstanceId,
        TaskId,
        EmailTemplates.TaskAssigned,
        to,
        new JsonObject
        {
            ["taskTitle"] = "Intervjua medarbetare",
            ["labTitle"] = "Jämlik rekrytering",
            ["dueDate"] = "2025-03-14",
        });

    public static EmailRecipient Recipient(string name, string culture) =>
        new(Guid.NewGuid(), $"{name.ToLowerInvariant()}@goteborg.example", name, culture);

    /// <summary>Hands the effect to every registered dispatcher, as a commit does after it committed.</summary>
    public async Task DispatchAsync(IOutboxEffect effect)
    {
        foreach (var dispatcher in Host.Services.GetServices<IWorkflowEffectDispatcher>())
        {
            await dispatcher.DispatchAsync([effect], CancellationToken.None);
        }
    }

    public async Task<IReadOnlyList<EmailMessage>> RowsAsync() =>
        await Store.ListAsync(new EmailMessageQuery(), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (Host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            Host.Dispose();
        }
    }
}
