namespace LabFlow.Activities.Email;

/// <summary>The template keys LabFlow sends; each has Swedish and English, HTML and plain text.</summary>
public static class EmailTemplates
{
    public const string TaskAssigned = "task-assigned";
    public const string TaskReminder = "task-reminder";
    public const string TaskOverdue = "task-overdue";
    public const string TaskEscalated = "task-escalated";
    public const string FollowUpDue = "follow-up-due";
    public const string WorkshopInvitation = "workshop-invitation";
    public const string DailyDigest = "daily-digest";

    /// <summary>A SendEmail step's own subject and body, given in the flow (Liquid) and passed in the model.</summary>
    public const string Custom = "custom";
}
