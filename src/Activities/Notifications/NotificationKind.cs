namespace LabFlow.Activities.Notifications;

/// <summary>What a notification is about; part of its stable id, so each kind goes out once per occasion.</summary>
public enum NotificationKind
{
    /// <summary>A task was given to someone (created, claimed, delegated, reassigned, escalated) or its due date moved.</summary>
    Assigned,

    /// <summary>A reminder at one of the task's offsets before its due date.</summary>
    Reminder,

    /// <summary>The task is overdue by <see cref="NotificationRules.OverdueNoticeDays"/>; to the assignee.</summary>
    Overdue,

    /// <summary>The task is overdue by its escalation's days; to the facilitators (or the role the step names).</summary>
    Escalation,

    /// <summary>The task's follow-up date has come.</summary>
    FollowUpDue,

    /// <summary>A person's daily digest.</summary>
    DailyDigest,
}
