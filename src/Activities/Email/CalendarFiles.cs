using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace LabFlow.Activities.Email;

/// <summary>
/// Calendar files (<c>.ics</c>) for due dates and workshops. The UID is stable per task or workshop and SEQUENCE
/// grows with time, so a calendar replaces the event when an updated date arrives instead of adding a second one.
/// </summary>
internal static class CalendarFiles
{
    public const string DueDateFileName = "deadline.ics";
    public const string InvitationFileName = "invitation.ics";
    private const string ProductId = "-//Goteborgs Stad//LabFlow//SV";

    // SEQUENCE must grow with every update; minutes since this epoch do, without keeping a counter per event.
    private static readonly DateTimeOffset SequenceEpoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly DateTime TimeZoneRulesFrom = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static string TaskUid(Guid taskId, string domain) => $"task-{taskId:N}@{domain}";

    public static string WorkshopUid(string workshopId, string domain) => $"workshop-{workshopId}@{domain}";

    public static int SequenceAt(DateTimeOffset now) => (int)Math.Max(0, (now - SequenceEpoch).TotalMinutes);

    /// <summary>A task's due date as an all-day event, published (added to the calendar without a reply).</summary>
    public static EmailAttachment DueDate(
        string uid, DateOnly dueDate, string summary, string description, Uri link, DateTimeOffset stamp, int sequence)
    {
        // Written by hand (one fixed VEVENT): Ical.Net's serializer was a measurable share of every completion.
        return new EmailAttachment(
            DueDateFileName,
            $"{EmailAttachment.CalendarMediaType}; method=PUBLISH; charset=utf-8",
            DueDateCalendarText.Write(ProductId, uid, dueDate, summary, description, link, stamp, sequence));
    }

    /// <summary>A workshop as a meeting request with the recipient as attendee, in the lab's time zone.</summary>
    public static EmailAttachment Invitation(
        string uid,
        DateTime localStart,
        DateTime localEnd,
        string timeZoneId,
        string summary,
        string description,
        string? location,
        Uri link,
        (string Address, string Name) organizer,
        (string Address, string Name) attendee,
        DateTimeOffset stamp,
        int sequence)
    {
        var calendar = new Calendar { ProductId = ProductId, Method = "REQUEST" };
        // Ical.Net reads the zone's transitions from (the given date − 1 year) up to the machine's current time, and
        // throws when that range is empty: a workshop booked more than a year ahead got no invitation. The zone's
        // current rules (RRULEs valid for every later date) come from any start in the past, so pass a fixed one.
        calendar.AddTimeZone(timeZoneId, TimeZoneRulesFrom, includeHistoricalData: false);
        var calendarEvent = new CalendarEvent
        {
            Uid = uid,
            Summary = summary,
            Description = description,
            Location = location,
            DtStart = new CalDateTime(localStart, timeZoneId, true),
            DtEnd = new CalDateTime(localEnd, timeZoneId, true),
            DtStamp = new CalDateTime(stamp.UtcDateTime, CalDateTime.UtcTzId),
            Sequence = sequence,
            Url = link,
            Status = "CONFIRMED",
            Transparency = "OPAQUE",
            Organizer = new Organizer("mailto:" + organizer.Address) { CommonName = organizer.Name },
        };
        calendarEvent.Attendees.Add(new Attendee("mailto:" + attendee.Address)
        {
            CommonName = attendee.Name,
            Role = "REQ-PARTICIPANT",
            ParticipationStatus = "NEEDS-ACTION",
            Rsvp = false,
        });
        calendar.Events.Add(calendarEvent);
        return Attachment(calendar, InvitationFileName, "REQUEST");
    }

    private static EmailAttachment Attachment(Calendar calendar, string fileName, string method)
    {
        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return new EmailAttachment(
            fileName,
            $"{EmailAttachment.CalendarMediaType}; method={method}; charset=utf-8",
            Encoding.UTF8.GetBytes(text));
    }
}
