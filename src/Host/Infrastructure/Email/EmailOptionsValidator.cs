using Microsoft.Extensions.Options;
using MimeKit;

namespace LabFlow.Host.Infrastructure.Email;

/// <summary>Checks <see cref="EmailOptions"/> and names every wrong setting with how to fix it.</summary>
internal sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    private const string Section = EmailOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var errors = new List<string>();
        if (options.SmtpPort is < 1 or > 65535)
        {
            errors.Add($"{Section}:SmtpPort must be between 1 and 65535 (was {options.SmtpPort}).");
        }

        if (!Enum.IsDefined(options.Security))
        {
            errors.Add($"{Section}:Security must be one of None, StartTls, SslOnConnect, Auto (was {options.Security}).");
        }

        if (string.IsNullOrWhiteSpace(options.Username) != string.IsNullOrWhiteSpace(options.Password))
        {
            errors.Add($"{Section}:Username and {Section}:Password must be set together (only one of them is set).");
        }

        if (!MailboxAddress.TryParse(options.FromAddress ?? string.Empty, out var from) || from.Address.IndexOf('@', StringComparison.Ordinal) < 1)
        {
            errors.Add($"{Section}:FromAddress must be an email address such as labflow@goteborg.se (was '{options.FromAddress}').");
        }

        if (string.IsNullOrWhiteSpace(options.FromName))
        {
            errors.Add($"{Section}:FromName must not be empty.");
        }

        Positive(errors, "FirstRetryDelay", options.FirstRetryDelay);
        Positive(errors, "MaxRetryDelay", options.MaxRetryDelay);
        Positive(errors, "SendTimeout", options.SendTimeout);
        Positive(errors, "ClaimDuration", options.ClaimDuration);
        Positive(errors, "PollInterval", options.PollInterval);
        if (options.MaxRetryDelay < options.FirstRetryDelay)
        {
            errors.Add($"{Section}:MaxRetryDelay must not be shorter than {Section}:FirstRetryDelay ({options.MaxRetryDelay} < {options.FirstRetryDelay}).");
        }

        if (options.BatchSize is < 1 or > 1000)
        {
            errors.Add($"{Section}:BatchSize must be between 1 and 1000 (was {options.BatchSize}).");
        }
        else if (options.SendTimeout > TimeSpan.Zero && options.ClaimDuration <= options.SendTimeout * options.BatchSize)
        {
            errors.Add(
                $"{Section}:ClaimDuration must be longer than {Section}:BatchSize × {Section}:SendTimeout " +
                $"({options.ClaimDuration} <= {options.SendTimeout * options.BatchSize}), or two runs may send the same email.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Positive(List<string> errors, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:{setting} must be a positive time span such as 00:01:00 (was {value}).");
        }
    }
}
