using System.Net.Mail;

namespace LabFlow.Activities.Organisation;

/// <summary>
/// Whether a typed email address can be stored for a person or a guest: a bare address (no display name, no
/// surrounding text) whose local part is a dot-separated atom. System.Net.Mail alone also accepts a local part that
/// ends in a dot (<c>anna.@goteborg.se</c>), which the mail library that sends LabFlow's email rejects: every email to
/// such a person would fail and be retried for ever, so the address is refused where it is typed instead.
/// </summary>
public static class EmailAddressRule
{
    public static bool IsValid(string address)
    {
        if (!MailAddress.TryCreate(address, out var parsed) || !string.Equals(parsed.Address, address, StringComparison.Ordinal))
        {
            return false;
        }

        var local = address[..address.LastIndexOf('@')];
        return local.Length > 0 && local[0] is not ('.' or '"') && local[^1] != '.' && !local.Contains("..", StringComparison.Ordinal);
    }
}
