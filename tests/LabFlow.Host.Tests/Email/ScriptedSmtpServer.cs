using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LabFlow.Host.Tests.Email;

/// <summary>One SMTP reply: a code and its text.</summary>
internal sealed record SmtpReply(int Code, string Text);

/// <summary>
/// A small SMTP server on 127.0.0.1 that answers MAIL FROM and RCPT TO as a test scripts it (netDumbster accepts
/// every recipient): a real conversation over TCP with MailKit, so a refusal reaches LabFlow as MailKit reports it.
/// It offers no extensions (no PIPELINING), so the client waits for each reply, as with a plain server.
/// </summary>
internal sealed class ScriptedSmtpServer : IAsyncDisposable
{
    private static readonly SmtpReply Ok = new(250, "2.0.0 OK");

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<string, SmtpReply?> _recipientReply;
    private readonly SmtpReply? _senderReply;
    private readonly ConcurrentQueue<string> _recipientsTried = new();
    private readonly ConcurrentQueue<string> _delivered = new();
    private readonly ConcurrentBag<Task> _sessions = [];
    private readonly Task _accepting;

    /// <param name="recipientReply">The reply to RCPT TO for an address; <c>null</c> accepts it.</param>
    /// <param name="senderReply">The reply to every MAIL FROM; <c>null</c> accepts it.</param>
    public ScriptedSmtpServer(Func<string, SmtpReply?> recipientReply, SmtpReply? senderReply = null)
    {
        _recipientReply = recipientReply;
        _senderReply = senderReply;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Every address a client named in RCPT TO, in order, refused or not.</summary>
    public IReadOnlyList<string> RecipientsTried => [.. _recipientsTried];

    /// <summary>The recipient of every message the server accepted (after DATA), in order.</summary>
    public IReadOnlyList<string> Delivered => [.. _delivered];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await Task.WhenAll([_accepting, .. _sessions]).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _sessions.Add(ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var connection = client;
        await using var stream = connection.GetStream();
        using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
        string? recipient = null;
        try
        {
            await writer.WriteLineAsync("220 localhost scripted test server");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "MAIL":
                        recipient = null;
                        await ReplyAsync(writer, _senderReply ?? Ok);
                        break;
                    case "RCPT":
                        var address = AddressOf(line);
                        _recipientsTried.Enqueue(address);
                        var reply = _recipientReply(address) ?? Ok;
                        recipient = reply.Code < 300 ? address : recipient;
                        await ReplyAsync(writer, reply);
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        while (await reader.ReadLineAsync(_stop.Token) is { } data && data != ".")
                        {
                        }

                        _delivered.Enqueue(recipient ?? string.Empty);
                        await ReplyAsync(writer, Ok);
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    case "RSET" or "NOOP":
                        recipient = null;
                        await ReplyAsync(writer, Ok);
                        break;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up (MailKit closes the connection after a refusal) or the server stops.
        }
    }

    private static Task ReplyAsync(StreamWriter writer, SmtpReply reply) => writer.WriteLineAsync($"{reply.Code} {reply.Text}");

    // "RCPT TO:<anna@goteborg.example>" (possibly with parameters after the address).
    private static string AddressOf(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : line;
    }
}
