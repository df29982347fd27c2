using System.Net;
using MimeKit;
using netDumbster.smtp;

namespace LabFlow.Host.Tests.Identity;

/// <summary><see cref="LabFlowApiFactory"/> sending its email over SMTP to a netDumbster server on 127.0.0.1.</summary>
public sealed class SmtpApiFactory : LabFlowApiFactory
{
    private readonly SimpleSmtpServer _server;
    private readonly List<(string Address, TaskCompletionSource<MimeMessage> Received)> _waits = [];
    private readonly List<MimeMessage> _received = [];

    public SmtpApiFactory()
        : this(netDumbster.smtp.Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort().Build())
    {
    }

    private SmtpApiFactory(SimpleSmtpServer server)
        : base(new Dictionary<string, string?>
        {
            ["LabFlow:Email:SmtpHost"] = "127.0.0.1",
            ["LabFlow:Email:SmtpPort"] = server.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LabFlow:Email:Security"] = "None",
            ["LabFlow:Email:FromAddress"] = "labflow@test.example",
            ["LabFlow:Email:SendTimeout"] = "00:00:10",
        })
    {
        _server = server;
        _server.MessageReceived += (_, e) => Receive(MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(e.Message.Data))));
    }

    /// <summary>The first email to <paramref name="address"/>, waiting for it up to <paramref name="timeout"/>.</summary>
    public async Task<MimeMessage> WaitForEmailToAsync(string address, TimeSpan timeout)
    {
        TaskCompletionSource<MimeMessage> received = new(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_received)
        {
            if (_received.FirstOrDefault(m => IsTo(m, address)) is { } already)
            {
                return already;
            }

            _waits.Add((address, received));
        }

        var finished = await Task.WhenAny(received.Task, Task.Delay(timeout));
        return finished == received.Task
            ? await received.Task
            : throw new TimeoutException($"No email to {address} arrived within {timeout}.");
    }

    /// <summary>Whether any email to <paramref name="address"/> has arrived.</summary>
    public bool HasEmailTo(string address)
    {
        lock (_received)
        {
            return _received.Any(m => IsTo(m, address));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _server.Dispose();
        }
    }

    private void Receive(MimeMessage message)
    {
        lock (_received)
        {
            _received.Add(message);
            foreach (var wait in _waits.Where(w => IsTo(message, w.Address)).ToList())
            {
                wait.Received.TrySetResult(message);
                _waits.Remove(wait);
            }
        }
    }

    private static bool IsTo(MimeMessage message, string address) =>
        message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase));
}
