namespace LabFlow.Activities.Notifications;

/// <summary>The rules of notifications that are not part of a flow; the Host sets them from its configuration.</summary>
public sealed class NotificationRules
{
    /// <summary>
    /// Days after the due date that the assignee is told the task is overdue (LAB-METHOD: "overdue by 3 days →
    /// reminder to the assignee"). Default: 3.
    /// </summary>
    public int OverdueNoticeDays { get; init; } = 3;

    /// <summary>Whether daily digests go out only on Swedish working days. Default: <c>true</c>.</summary>
    public bool DigestOnWorkingDaysOnly { get; init; } = true;
}
