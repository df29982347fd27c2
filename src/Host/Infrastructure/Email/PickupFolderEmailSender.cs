using LabFlow.Host.Configuration;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LabFlow.Host.Infrastructure.Email;

/// <summary>
/// Writes each message as an <c>.eml</c> file to <c>{LabFlow:DataPath}/mail-pickup</c>, so LabFlow runs without a
/// mail server (open the files in any mail program). The file is named after the Message-ID, so sending the same
/// email again replaces its file instead of adding a second one.
/// </summary>
internal sealed class PickupFolderEmailSender(IOptions<LabFlowOptions> labFlowOptions, IHostEnvironment environment) : IEmailSender
{
    public const string FolderName = "mail-pickup";

    public string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, labFlowOptions.Value.DataPath, FolderName));

    public Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            Write(message, cancellationToken);
            return Task.CompletedTask;
        }
        catch (Exception exception)
        {
            // A failed write is reported through the task, as an asynchronous sender's would be.
            return Task.FromException(exception);
        }
    }

    private void Write(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = Folder;
        Directory.CreateDirectory(folder);
        var name = new string([.. (message.MessageId ?? Guid.NewGuid().ToString("N")).TakeWhile(c => c != '@').Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);
        var target = Path.Combine(folder, name + ".eml");

        // Written aside and moved in, so a mail program watching the folder never sees half a file. Written
        // synchronously: a few kilobytes into the page cache (no fsync, as before), where MimeKit's asynchronous writer
        // ran every buffered flush as a work item on another thread-pool thread (issue 17).
        var partial = Path.Combine(folder, name + ".eml.partial");
        message.WriteTo(FormatOptions.Default, partial, cancellationToken);
        File.Move(partial, target, overwrite: true);
    }
}
