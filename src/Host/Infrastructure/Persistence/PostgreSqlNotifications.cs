using System.Threading.Channels;
using Npgsql;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// LISTEN/NOTIFY between Host nodes that share one PostgreSQL database, for the notifiers that tell the other nodes
/// something changed (boards, the holiday calendar). Payloads carry ids only, never content.
/// </summary>
internal static class PostgreSqlNotifications
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Listens on <paramref name="channel"/> until stopped on a connection of its own, handing each payload to
    /// <paramref name="onNotification"/>. After each (re)connection <paramref name="onListening"/> runs, told whether
    /// it was a reconnection (changes sent meanwhile were not heard); a lost connection is reported and opened again.
    /// </summary>
    public static async Task ListenAsync(
        string connectionString,
        string channel,
        Action<string> onNotification,
        Action<bool> onListening,
        Action<Exception, double> onFailure,
        TimeProvider timeProvider,
        CancellationToken stoppingToken)
    {
        // Its own connection outside the pool: it stays open and waiting for as long as the node runs.
        var dedicated = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString;
        var reconnecting = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(dedicated);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => onNotification(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                onListening(reconnecting);
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                reconnecting = true;
                onFailure(exception, RetryDelay.TotalSeconds);
                await Task.Delay(RetryDelay, timeProvider, stoppingToken);
            }
        }
    }

    /// <summary>Sends every item of <paramref name="outgoing"/> as a notification on <paramref name="channel"/>; a failed one is reported and the next goes on.</summary>
    public static async Task SendAsync<T>(
        string connectionString,
        string channel,
        ChannelReader<T> outgoing,
        Func<T, string> payload,
        Action<Exception, T> onFailure,
        CancellationToken stoppingToken)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        await foreach (var item in outgoing.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var notify = source.CreateCommand("SELECT pg_notify(@channel, @payload)");
                notify.Parameters.AddWithValue("channel", channel);
                notify.Parameters.AddWithValue("payload", payload(item));
                await notify.ExecuteNonQueryAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                onFailure(exception, item);
            }
        }
    }
}
