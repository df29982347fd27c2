namespace LabFlow.Host.Infrastructure.Email;

/// <summary>
/// How LabFlow sends email (section <c>LabFlow:Email</c>). Without <see cref="SmtpHost"/> emails are written as
/// <c>.eml</c> files to <c>{LabFlow:DataPath}/mail-pickup</c>. Keep <see cref="Password"/> out of appsettings.json:
/// set it through user secrets or the environment (<c>LabFlow__Email__Password</c>).
/// Checked at start-up by <see cref="EmailOptionsValidator"/>, every wrong setting at once.
/// </summary>
public sealed class EmailOptions
{
    public const string SectionName = "LabFlow:Email";

    /// <summary>The SMTP server's host name. Default: none (the pickup folder).</summary>
    public string? SmtpHost { get; set; }

    /// <summary>The SMTP server's port, 1–65535. Default: 587.</summary>
    public int SmtpPort { get; set; } = 587;

    /// <summary>Connection security. Default: <see cref="SmtpSecurity.Auto"/>.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>The SMTP user name, when the server wants one. Default: none (no authentication).</summary>
    public string? Username { get; set; }

    /// <summary>The SMTP password; needed with <see cref="Username"/>. Default: none.</summary>
    public string? Password { get; set; }

    /// <summary>The sender address (also the organizer of calendar invitations). Default: <c>labflow@localhost</c>.</summary>
    public string FromAddress { get; set; } = "labflow@localhost";

    /// <summary>The sender name. Default: <c>LabFlow</c>.</summary>
    public string FromName { get; set; } = "LabFlow";

    /// <summary>The wait after a first failed attempt; it doubles with each further failure. Default: 1 minute.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between attempts; an email is retried at least this often, never dropped. Default: 1 hour.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long one SMTP operation may take before the attempt fails. Default: 1 minute.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many due emails one delivery run claims at a time, 1–1000. Default: 20.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// How long a claimed batch is left to its delivery run before another run (another node, after a crash) takes it
    /// over; must exceed <see cref="BatchSize"/> × <see cref="SendTimeout"/>. Default: 30 minutes.
    /// </summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How often the delivery loop looks for due emails when nothing wakes it (emails enqueued on another node).
    /// Default: 1 minute.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait before attempt number <paramref name="attempts"/> + 1, after <paramref name="attempts"/> failures.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var delay = FirstRetryDelay * Math.Pow(2, doublings);
        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }
}
