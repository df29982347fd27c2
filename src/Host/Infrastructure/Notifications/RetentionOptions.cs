using System.ComponentModel.DataAnnotations;

namespace LabFlow.Host.Infrastructure.Notifications;

/// <summary>
/// Retention clean-up (section <c>LabFlow:Retention</c>). Off until the organisation sets <see cref="Period"/>: the
/// journal is the audit trail, and Swedish archive rules require a decision before public records are cleared.
/// </summary>
public sealed class RetentionOptions : IValidatableObject
{
    public const string SectionName = "LabFlow:Retention";

    /// <summary>The shortest period the clean-up accepts, so a typo cannot clear last week's labs.</summary>
    public static readonly TimeSpan MinimumPeriod = TimeSpan.FromDays(30);

    /// <summary>
    /// How long after a lab finished (or was cancelled) its personal data and journal are kept, as days.hours:minutes:seconds
    /// (<c>730.00:00:00</c> is two years). Default: not set, and nothing is ever cleared.
    /// </summary>
    public TimeSpan? Period { get; set; }

    /// <summary>When the clean-up runs: a cron expression in UTC. Default: <c>30 2 * * *</c> (02:30 UTC every night).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "LabFlow:Retention:Cron must be a cron expression such as \"30 2 * * *\".")]
    public string Cron { get; set; } = "30 2 * * *";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Period is { } period && period < MinimumPeriod)
        {
            yield return new ValidationResult(
                $"LabFlow:Retention:Period must be at least {MinimumPeriod.TotalDays:0} days (for example 730.00:00:00 for two years), or left unset to keep everything; it is {period}.",
                [nameof(Period)]);
        }
    }
}
