namespace LabFlow.Activities.Email;

/// <summary>
/// The template keys LabFlow sends; each has Swedish and English, HTML and plain text
/// (<c>Email/Templates/{key}.{sv|en}.{subject|html|txt}.liquid</c>).
/// </summary>
/// <remarks>
/// Every template also gets <c>recipientName</c>, <c>baseUrl</c>, <c>taskUrl</c> (from <see cref="EmailRequested.TaskId"/>),
/// <c>labUrl</c> (from <see cref="EmailRequested.InstanceId"/>) and <c>link</c> (the model's <c>linkPath</c> under the
/// public base URL, else the task, else the lab, else LabFlow's start page). Dates are ISO 8601 strings in the model:
/// <c>yyyy-MM-dd</c> for days, a date and time with an offset (or Stockholm wall-clock time without one) for moments.
/// Values are HTML-encoded in HTML bodies. An optional <c>sequence</c> (number) overrides the calendar SEQUENCE.
/// </remarks>
public static class EmailTemplates
{
    /// <summary>Model: <c>taskTitle</c>, optional <c>labTitle</c>, <c>phaseName</c>, <c>dueDate</c>. With a task id and a due date it carries the due date as an <c>.ics</c>.</summary>
    public const string TaskAssigned = "task-assigned";

    /// <summary>Model: <c>taskTitle</c>, <c>dueDate</c>, optional <c>labTitle</c>, <c>daysLeft</c> (number). Carries the due date <c>.ics</c> (same UID, so a moved date updates it).</summary>
    public const string TaskReminder = "task-reminder";

    /// <summary>Model: <c>taskTitle</c>, <c>dueDate</c>, optional <c>labTitle</c>, <c>daysOverdue</c> (number).</summary>
    public const string TaskOverdue = "task-overdue";

    /// <summary>To the facilitator. Model: <c>taskTitle</c>, <c>dueDate</c>, <c>assigneeName</c>, optional <c>labTitle</c>, <c>daysOverdue</c>, <c>reassignedToName</c>.</summary>
    public const string TaskEscalated = "task-escalated";

    /// <summary>Model: <c>taskTitle</c>, optional <c>labTitle</c>, <c>dueDate</c>. With a task id and a due date it carries the due date <c>.ics</c>.</summary>
    public const string FollowUpDue = "follow-up-due";

    /// <summary>
    /// Model: <c>workshopId</c> (stable per workshop: the calendar UID), <c>workshopTitle</c>, <c>startsAt</c>, <c>endsAt</c>,
    /// optional <c>labTitle</c>, <c>location</c>, <c>description</c>, <c>linkPath</c>. Carries a meeting request (<c>METHOD:REQUEST</c>).
    /// </summary>
    public const string WorkshopInvitation = "workshop-invitation";

    /// <summary>Model: <c>date</c>, <c>tasks</c>: a list of <c>{ taskId, title, labTitle, dueDate, overdue }</c>.</summary>
    public const string DailyDigest = "daily-digest";

    /// <summary>A SendEmail step's own subject and body, given in the flow (Liquid) and passed in the model.</summary>
    /// <remarks>Model: <c>subject</c>, <c>body</c> (plain text, already rendered: shown as text, paragraphs kept). Optional <c>linkPath</c>.</remarks>
    public const string Custom = "custom";

    /// <summary>An administrator invited a person. Model: <c>inviterName</c>, <c>expiresAt</c> (a date), <c>linkPath</c> (the page that sets the password, with its token).</summary>
    public const string AccountInvitation = "account-invitation";

    /// <summary>A person asked for a new password. Model: <c>validHours</c> (number), <c>linkPath</c> (the page that sets it, with its token).</summary>
    public const string PasswordReset = "password-reset";

    /// <summary>
    /// A designer answered an improvement suggestion. Model: <c>flowId</c>, optional <c>labTitle</c>, <c>suggestion</c>
    /// (the suggester's own text), <c>status</c> (<c>New</c>, <c>Planned</c>, <c>Done</c>, <c>Declined</c>), <c>reply</c>, <c>designerName</c>.
    /// </summary>
    public const string SuggestionReply = "suggestion-reply";

    /// <summary>
    /// An idea board or a dot vote opened for the recipient. Model: <c>kind</c> (<c>ideas</c> or <c>votes</c>),
    /// <c>collectionTitle</c>, <c>lastDay</c> (a date), optional <c>labTitle</c>, <c>opensDate</c>, <c>linkPath</c> (the board).
    /// </summary>
    public const string CollectionOpened = "collection-opened";

    /// <summary>
    /// A guest's personal link to a survey (a conference evaluation). Model: <c>surveyTitle</c>, <c>labTitle</c>,
    /// <c>expiresAt</c> (the last day, a date), <c>linkPath</c> (the survey page with the link's token).
    /// </summary>
    public const string SurveyLink = "survey-link";
}
