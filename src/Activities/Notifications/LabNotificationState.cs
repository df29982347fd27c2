namespace LabFlow.Activities.Notifications;

/// <summary>Where a lab stands for notifications.</summary>
public enum LabNotificationState
{
    /// <summary>Running: its tasks get reminders, notices and escalations.</summary>
    Active,

    /// <summary>Paused by a facilitator: nothing goes out for it.</summary>
    Paused,

    /// <summary>Finished: its open tasks are closed; follow-ups still go out.</summary>
    Finished,

    /// <summary>Cancelled (or gone): nothing goes out for it.</summary>
    Cancelled,
}
