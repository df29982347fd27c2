using LabFlow.Activities.Time;

namespace LabFlow.Activities.Tasks;

/// <summary>Moving a task's due date moves its reminders and escalation with it.</summary>
internal static class TaskSchedule
{
    public static LabTask WithDue(LabTask task, DateOnly due, LabCalendar calendar, DateTimeOffset now) => task with
    {
        Due = due,
        Reminders = calendar.Reminders(due, task.ReminderDays, now),
        RemindersSent = [],
        Escalation = task.Escalation is { } e ? e with { At = calendar.MorningOf(due.AddDays(e.OverdueDays)) } : null,
    };
}
