using System.Text.Json.Nodes;
using LabFlow.Activities.Email;

namespace LabFlow.Activities.Tests.Email;

/// <summary>A complete model for every template key, as the lab domain sends them.</summary>
internal static class EmailSamples
{
    public static readonly Guid TaskId = Guid.Parse("7d0c3a52-31f4-4d0e-9f55-0f6f3b1b9a01");
    public static readonly Guid InstanceId = Guid.Parse("5b8e2f10-8a0c-4a57-8a43-2a8f8d6c0b02");

    public static EmailRecipient Anna { get; } = new(Guid.NewGuid(), "anna.svensson@goteborg.example", "Anna Svensson", "sv");

    public static EmailRecipient Sam { get; } = new(Guid.NewGuid(), "sam.smith@goteborg.example", "Sam Smith", "en");

    public static JsonObject Model(string template) => template switch
    {
        EmailTemplates.TaskAssigned => new JsonObject
        {
            ["taskTitle"] = "Intervjua medarbetare",
            ["labTitle"] = "Jämlik rekrytering",
            ["phaseName"] = "Utforska",
            ["dueDate"] = "2025-03-14",
        },
        EmailTemplates.TaskReminder => new JsonObject
        {
            ["taskTitle"] = "Intervjua medarbetare", ["labTitle"] = "Jämlik rekrytering", ["dueDate"] = "2025-03-14", ["daysLeft"] = 2,
        },
        EmailTemplates.TaskOverdue => new JsonObject
        {
            ["taskTitle"] = "Intervjua medarbetare", ["labTitle"] = "Jämlik rekrytering", ["dueDate"] = "2025-03-14", ["daysOverdue"] = 3,
        },
        EmailTemplates.TaskEscalated => new JsonObject
        {
            ["taskTitle"] = "Intervjua medarbetare",
            ["labTitle"] = "Jämlik rekrytering",
            ["dueDate"] = "2025-03-14",
            ["daysOverdue"] = 7,
            ["assigneeName"] = "Bo Ek",
            ["reassignedToName"] = "Cecilia Lind",
        },
        EmailTemplates.FollowUpDue => new JsonObject
        {
            ["taskTitle"] = "Uppföljning efter 3 månader", ["labTitle"] = "Jämlik rekrytering", ["dueDate"] = "2025-09-01",
        },
        EmailTemplates.WorkshopInvitation => new JsonObject
        {
            ["workshopId"] = "kickoff-5b8e2f10",
            ["workshopTitle"] = "Uppstartsworkshop",
            ["labTitle"] = "Jämlik rekrytering",
            ["startsAt"] = "2025-03-18T09:00:00",
            ["endsAt"] = "2025-03-18T12:00:00",
            ["location"] = "Stadshuset, rum 3",
            ["description"] = "Vi lär känna utmaningen tillsammans.",
            ["meetingLink"] = "https://meet.goteborg.example/uppstart",
            ["agendaItems"] = new JsonArray(
                new JsonObject { ["start"] = "09:00", ["title"] = "Välkommen och syfte", ["minutes"] = 15, ["method"] = "Inledning", ["notes"] = "Kaffe från 08:45." },
                new JsonObject { ["start"] = "09:15", ["title"] = "Antaganden om målgruppen", ["minutes"] = 40, ["method"] = "Antagandekarta", ["notes"] = "Ta med post-it-lappar." }),
        },
        EmailTemplates.DailyDigest => new JsonObject
        {
            ["date"] = "2025-03-17",
            ["tasks"] = new JsonArray(
                new JsonObject
                {
                    ["taskId"] = TaskId.ToString(), ["title"] = "Intervjua medarbetare", ["labTitle"] = "Jämlik rekrytering",
                    ["dueDate"] = "2025-03-14", ["overdue"] = true,
                },
                new JsonObject
                {
                    ["taskId"] = Guid.Empty.ToString(), ["title"] = "Samla insikter", ["labTitle"] = "Jämlik rekrytering",
                    ["dueDate"] = "2025-03-28", ["overdue"] = false,
                }),
        },
        EmailTemplates.Custom => new JsonObject
        {
            ["subject"] = "Välkommen till labbet",
            ["body"] = "Hej alla!\n\nVi ses på <måndag> & tar med fika.",
        },
        EmailTemplates.AccountInvitation => new JsonObject
        {
            ["inviterName"] = "Alva Admin", ["expiresAt"] = "2025-03-17", ["linkPath"] = "account/accept-invitation?user=1&token=abc",
        },
        EmailTemplates.PasswordReset => new JsonObject { ["validHours"] = 3, ["linkPath"] = "account/reset-password?user=1&token=abc" },
        EmailTemplates.SuggestionReply => new JsonObject
        {
            ["flowId"] = "social-innovation-lab", ["labTitle"] = "Jämlik rekrytering", ["suggestion"] = "Kortare intervjuguide, tack.",
            ["status"] = "Planned", ["reply"] = "Bra idé!\n\nVi kortar den i nästa version.", ["designerName"] = "Dana Designer",
        },
        EmailTemplates.CollectionOpened => new JsonObject
        {
            ["kind"] = "ideas", ["collectionTitle"] = "Öppen idéinsamling", ["labTitle"] = "Tryggare skolvägar", ["lastDay"] = "2026-06-12", ["opensDate"] = "2026-06-08",
            ["linkPath"] = "collections/5b8e2f10-8a0c-4a57-8a43-2a8f8d6c0b03",
        },
        EmailTemplates.SurveyLink => new JsonObject
        {
            ["surveyTitle"] = "Utvärdera konferensen", ["labTitle"] = "Jämlikhetskonferensen", ["expiresAt"] = "2026-06-12",
            ["linkPath"] = "/survey/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, null),
    };

    public static EmailRequested Request(string template, params EmailRecipient[] to) =>
        new(Guid.NewGuid(), InstanceId, TaskId, template, to, Model(template));

    public static IReadOnlyList<string> AllTemplates { get; } =
    [
        EmailTemplates.TaskAssigned, EmailTemplates.TaskReminder, EmailTemplates.TaskOverdue, EmailTemplates.TaskEscalated,
        EmailTemplates.FollowUpDue, EmailTemplates.WorkshopInvitation, EmailTemplates.DailyDigest, EmailTemplates.Custom,
        EmailTemplates.AccountInvitation, EmailTemplates.PasswordReset, EmailTemplates.SuggestionReply,
        EmailTemplates.CollectionOpened, EmailTemplates.SurveyLink,
    ];
}
