using LabFlow.Activities.Email;
using LabFlow.Activities.Organisation;

namespace LabFlow.Host.Tests.Email;

/// <summary>Email rows to a person, for the tests of what the people pages and the people API show about them.</summary>
internal static class PersonEmails
{
    /// <summary>A reminder to <paramref name="person"/>'s address, waiting and due at <paramref name="due"/>.</summary>
    public static EmailMessage Reminder(Guid id, Person person, DateTimeOffset due) => new()
    {
        Id = id,
        RequestId = Guid.NewGuid(),
        RecipientAddress = person.Email,
        RecipientName = person.Name,
        RecipientPersonId = person.Id,
        Culture = "sv",
        Template = EmailTemplates.TaskAssigned,
        ModelJson = "{}",
        Subject = "Påminnelse",
        HtmlBody = "<p>Påminnelse</p>",
        TextBody = "Påminnelse",
        MessageId = $"{id:N}@labflow.example",
        NextAttemptAt = due,
        CreatedAt = due,
    };

    /// <summary>
    /// A reminder the mail server refused for good (550) at <paramref name="refusedAt"/>, stored as refused, so a
    /// Host's delivery loop running meanwhile leaves it alone.
    /// </summary>
    public static EmailMessage Refused(Guid id, Person person, DateTimeOffset refusedAt) => Reminder(id, person, refusedAt) with
    {
        Status = EmailStatus.Undeliverable,
        Attempts = 1,
        UndeliverableAt = refusedAt,
        UndeliverableReason = UndeliverableReasons.MailboxUnavailable,
    };
}
