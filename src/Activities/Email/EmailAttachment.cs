namespace LabFlow.Activities.Email;

/// <summary>A file sent with an email, such as a calendar invitation (<c>.ics</c>).</summary>
/// <param name="FileName">The name the recipient sees, e.g. <c>invitation.ics</c>.</param>
/// <param name="ContentType">The MIME type with parameters, e.g. <c>text/calendar; method=REQUEST; charset=utf-8</c>.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content)
{
    /// <summary>The MIME type of calendar files.</summary>
    public const string CalendarMediaType = "text/calendar";

    /// <summary>Whether this is a calendar file that asks the recipient to accept a meeting.</summary>
    public bool IsCalendarRequest =>
        ContentType.StartsWith(CalendarMediaType, StringComparison.OrdinalIgnoreCase)
        && ContentType.Contains("method=REQUEST", StringComparison.OrdinalIgnoreCase);
}
