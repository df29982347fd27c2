using System.ComponentModel.DataAnnotations;

namespace LabFlow.Host.Infrastructure.Notifications;

/// <summary>Settings of reminders, notices, escalations and digests (section <c>LabFlow:Notifications</c>), validated at start-up.</summary>
public sealed class NotificationOptions : IValidatableObject
{
    public const string SectionName = "LabFlow:Notifications";

    /// <summary>
    /// How often the reminder, overdue, escalation and follow-up jobs look for what is due; something due at 08:00
    /// goes out within this long. A whole number of minutes that divides an hour. Default: 5 minutes.
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Days after the due date that the assignee is told a task is overdue. Default: 3.</summary>
    [Range(1, 60, ErrorMessage = "LabFlow:Notifications:OverdueNoticeDays must be between 1 and 60 (default 3).")]
    public int OverdueNoticeDays { get; set; } = 3;

    /// <summary>Whether daily digests go out only on Swedish working days. Default: <c>true</c>.</summary>
    public bool DigestOnWorkingDaysOnly { get; set; } = true;

    /// <summary>The cron expression (UTC) for <see cref="Interval"/>.</summary>
    public string IntervalCron => Interval.TotalMinutes switch
    {
        1 => "* * * * *",
        60 => "0 * * * *",
        var minutes => $"*/{(int)minutes} * * * *",
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var minutes = Interval.TotalMinutes;
        if (minutes < 1 || minutes > 60 || minutes != Math.Floor(minutes) || 60 % (int)minutes != 0)
        {
            yield return new ValidationResult(
                $"LabFlow:Notifications:Interval must be a whole number of minutes that divides an hour (00:01:00, 00:05:00, 00:15:00, 01:00:00 …); it is {Interval}.",
                [nameof(Interval)]);
        }
    }
}
