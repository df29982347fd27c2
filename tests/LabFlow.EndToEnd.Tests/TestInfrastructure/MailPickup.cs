using MimeKit;

namespace LabFlow.EndToEnd.Tests.TestInfrastructure;

/// <summary>
/// The Host's mail pickup folder (Development sends no real mail: each message is an .eml file there). A test waits
/// for the message to one address, as a person waits for it in their inbox.
/// </summary>
internal sealed class MailPickup(string folder)
{
    /// <summary>Waits until a message to <paramref name="address"/> whose subject satisfies the filter arrives; returns it.</summary>
    public async Task<MimeMessage> WaitForMessageToAsync(string address, Func<MimeMessage, bool> filter, TimeSpan timeout)
    {
        Directory.CreateDirectory(folder);
        using var watcher = new FileSystemWatcher(folder, "*.eml") { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite };
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Signal() => Volatile.Read(ref changed).TrySetResult();
        watcher.Created += (_, _) => Signal();
        watcher.Renamed += (_, _) => Signal();
        watcher.Changed += (_, _) => Signal();
        watcher.EnableRaisingEvents = true;

        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var waiting = Volatile.Read(ref changed).Task;
            if (await FindAsync(address, filter, deadline.Token) is { } message)
            {
                return message;
            }

            if (await Task.WhenAny(waiting, Task.Delay(Timeout.Infinite, deadline.Token)) != waiting)
            {
                throw new TimeoutException($"No email to {address} arrived in {folder} within {timeout}.");
            }

            Volatile.Write(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
    }

    private async Task<MimeMessage?> FindAsync(string address, Func<MimeMessage, bool> filter, CancellationToken cancellationToken)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.eml"))
        {
            MimeMessage message;
            try
            {
                message = await MimeMessage.LoadAsync(file, cancellationToken);
            }
            catch (IOException)
            {
                // Replaced while being read (the Host moves finished files in): the next change is awaited.
                continue;
            }

            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)) && filter(message))
            {
                return message;
            }
        }

        return null;
    }
}
