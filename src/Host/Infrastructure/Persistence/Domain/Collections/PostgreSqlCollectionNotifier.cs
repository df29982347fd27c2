using System.Threading.Channels;
using LabFlow.Activities.Collections;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Collections;

/// <summary>
/// Carries "collection X changed" between Host nodes that share one PostgreSQL database: every change is published
/// to this node's boards at once and sent as <c>NOTIFY labflow_collections</c>; a dedicated connection LISTENs and
/// hands the other nodes' changes to this node's boards. The payload is only a node id and a collection id, never
/// content. On SQLite (one node) it is the in-process notifier alone. After the listening connection was lost and
/// came back, every open board reads again, since changes sent meanwhile were not heard.
/// </summary>
internal sealed partial class PostgreSqlCollectionNotifier(
    InProcessCollectionNotifier local,
    IOptions<DatabaseOptions> options,
    TimeProvider timeProvider,
    ILogger<PostgreSqlCollectionNotifier> logger) : BackgroundService, ICollectionNotifier
{
    public const string ChannelName = "labflow_collections";

    private readonly string _node = Guid.NewGuid().ToString("N");
    private readonly Channel<Guid> _outgoing = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string? _connectionString =
        DatabaseProviders.IsPostgreSql(options.Value.Provider) ? options.Value.ConnectionString : null;

    /// <summary>Completes once this node listens (at once on SQLite, where there is nothing to listen to).</summary>
    public Task Listening => _connectionString is null ? Task.CompletedTask : _listening.Task;

    public void Publish(Guid collectionId)
    {
        local.Publish(collectionId);
        if (_connectionString is not null)
        {
            _outgoing.Writer.TryWrite(collectionId);
        }
    }

    public IDisposable Subscribe(Guid collectionId, Func<Task> onChanged) => local.Subscribe(collectionId, onChanged);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_connectionString is not { } connectionString)
        {
            return;
        }

        await Task.WhenAll(ListenAsync(connectionString, stoppingToken), SendAsync(connectionString, stoppingToken));
    }

    private Task ListenAsync(string connectionString, CancellationToken stoppingToken) =>
        PostgreSqlNotifications.ListenAsync(
            connectionString,
            ChannelName,
            Received,
            reconnected =>
            {
                _listening.TrySetResult();
                if (reconnected)
                {
                    local.PublishAll();
                }
            },
            LogListenFailed,
            timeProvider,
            stoppingToken);

    // This node's boards already know of a change whose notice failed; the other nodes' boards catch up on their next change or reconnect.
    private Task SendAsync(string connectionString, CancellationToken stoppingToken) =>
        PostgreSqlNotifications.SendAsync(connectionString, ChannelName, _outgoing.Reader, collectionId => $"{_node}:{collectionId:N}", LogNotifyFailed, stoppingToken);

    private void Received(string payload)
    {
        var parts = payload.Split(':');
        if (parts.Length == 2 && parts[0] != _node && Guid.TryParseExact(parts[1], "N", out var collectionId))
        {
            local.Publish(collectionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for other nodes' board changes failed; trying again in {Seconds} s. Check that PostgreSQL is reachable.")]
    private partial void LogListenFailed(Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telling other nodes that collection {CollectionId} changed failed; their boards catch up on the next change.")]
    private partial void LogNotifyFailed(Exception exception, Guid collectionId);
}
