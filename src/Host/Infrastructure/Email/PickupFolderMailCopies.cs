using LabFlow.Activities.Privacy;
using LabFlow.Host.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LabFlow.Host.Infrastructure.Email;

/// <summary>
/// Removes the pickup folder's <c>.eml</c> copies of emails to an erased person, or that quote their name or texts
/// (read through MimeKit, so encoded headers and bodies are compared as the mail program would show them).
/// </summary>
internal sealed class PickupFolderMailCopies(IOptions<LabFlowOptions> labFlowOptions, IServiceProvider services) : IMailCopies
{
    public async Task<int> RemoveAsync(string address, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        // The pickup folder lies under the host's content root; a composition without a host (the domain stores alone)
        // has no pickup folder, so there is nothing to remove.
        if (services.GetService<IHostEnvironment>() is not { } environment)
        {
            return 0;
        }

        var folder = new PickupFolderEmailSender(labFlowOptions, environment).Folder;
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.eml"))
        {
            bool mentions;
            using (var message = await MimeMessage.LoadAsync(file, cancellationToken))
            {
                mentions = Mentions(message, address, texts);
            }

            if (mentions)
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }

    private static bool Mentions(MimeMessage message, string address, IReadOnlyList<string> texts)
    {
        var to = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes);
        if (to.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var content = string.Join('\n', message.Subject, message.TextBody, message.HtmlBody, message.To.ToString());
        return content.Contains(address, StringComparison.OrdinalIgnoreCase) || texts.Any(t => content.Contains(t, StringComparison.Ordinal));
    }
}
