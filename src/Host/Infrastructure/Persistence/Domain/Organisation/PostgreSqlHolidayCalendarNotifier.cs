using System.Threading.Channels;
using LabFlow.Activities.Time;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Organisation;

/// <summary>
/// Keeps every node's holiday calendar (<see cref="HolidayPeriods"/>, which due dates and reminders read) current when
/// several Host nodes share one PostgreSQL database: a change is sent as <c>NOTIFY labflow_holidays</c>, and each node
/// LISTENs and reads the calendar from the database again when another node changed it. The payload is only the
/// sending node's id. After the listening connection was (re)opened the node reads the calendar too, since a change
/// sent meanwhile was not heard. On SQLite (one node) it does nothing: the node that changes the calendar reloads it.
/// </summary>
internal sealed partial class PostgreSqlHolidayCalendarNotifier(
    IServiceScopeFactory scopes,
    HolidayPeriods periods,
    IOptions<DatabaseOptions> options,
    TimeProvider timeProvider,
    ILogger<PostgreSqlHolidayCalendarNotifier> logger) : BackgroundService, IHolidayCalendarNotifier
{
    public const string ChannelName = "labflow_holidays";

    private readonly string _node = Guid.NewGuid().ToString("N");

    // One pending notice is enough: it says "read the calendar again", however many changes it stands for.
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string? _connectionString =
        DatabaseProviders.IsPostgreSql(options.Value.Provider) ? options.Value.ConnectionString : null;

    /// <summary>Completes once this node listens (at once on SQLite, where there is nothing to listen to).</summary>
    public Task Listening => _connectionString is null ? Task.CompletedTask : _listening.Task;

    public void Changed()
    {
        if (_connectionString is not null)
        {
            _pending.Writer.TryWrite(true);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_connectionString is not { } connectionString)
        {
            return;
        }

        await Task.WhenAll(ListenAsync(connectionString, stoppingToken), SendAsync(connectionString, stoppingToken));
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        var heard = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
        var reloading = ReloadOnNoticeAsync(heard.Reader, stoppingToken);
        await PostgreSqlNotifications.ListenAsync(
            connectionString,
            ChannelName,
            payload =>
            {
                if (payload != _node)
                {
                    heard.Writer.TryWrite(true);
                }
            },
            _ =>
            {
                // Whatever changed before this node listened was not heard: read the calendar as it is now.
                heard.Writer.TryWrite(true);
                _listening.TrySetResult();
            },
            LogListenFailed,
            timeProvider,
            stoppingToken);
        await reloading;
    }

    /// <summary>Reads the calendar again for each notice, outside the connection's notification callback.</summary>
    private async Task ReloadOnNoticeAsync(ChannelReader<bool> notices, CancellationToken stoppingToken)
    {
        await foreach (var _ in notices.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                periods.Replace(await scope.ServiceProvider.GetRequiredService<IHolidayPeriodStore>().ListAsync(stoppingToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The calendar this node has stays until the next notice or reconnect.
                LogReloadFailed(exception);
            }
        }
    }

    private Task SendAsync(string connectionString, CancellationToken stoppingToken) =>
        PostgreSqlNotifications.SendAsync(connectionString, ChannelName, _pending.Reader, _ => _node, (exception, _) => LogNotifyFailed(exception), stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for other nodes' holiday calendar changes failed; trying again in {Seconds} s. Check that PostgreSQL is reachable.")]
    private partial void LogListenFailed(Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the holiday calendar after another node changed it failed; this node keeps its calendar until the next change. Check that PostgreSQL is reachable.")]
    private partial void LogReloadFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telling other nodes that the holiday calendar changed failed; they read it at their next start or reconnect. Change the calendar again to retry.")]
    private partial void LogNotifyFailed(Exception exception);
}
