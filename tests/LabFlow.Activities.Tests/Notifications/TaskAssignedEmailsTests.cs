using System.Text.Json.Nodes;
using LabFlow.Activities.Email;

namespace LabFlow.Activities.Tests.Notifications;

/// <summary>Claim, delegation, reassignment and a moved due date send the task-assigned email outside a burst.</summary>
public sealed class TaskAssignedEmailsTests
{
    private const string ForCoordinators = """
        "title": { "sv": "Rapportera intervjuer", "en": "Report interviews" },
        "assignee": { "role": "Coordinator" },
        "due": { "daysAfterStart": 16 }
        """;

    private const string ForKim = """
        "title": "Rapportera intervjuer",
        "assignee": { "person": "kim@example.se" },
        "due": { "daysAfterStart": 16 }
        """;

    [Fact]
    public async Task Launch_SendsTaskAssignedWithTitleDueDateAndCalendar()
    {
        await using var host = new NotificationTestHost();

        var lab = await host.LaunchAsync(ForKim);

        var email = Assert.Single(await host.EmailsAsync(EmailTemplates.TaskAssigned));
        Assert.Equal("Ny uppgift: Rapportera intervjuer (Jämlik rekrytering)", email.Subject);
        Assert.Equal((await host.TaskAsync(lab.Id)).Id, email.TaskId);
        Assert.Equal("deadline.ics", Assert.Single(email.Attachments).FileName);
    }

    [Fact]
    public async Task ClaimAsync_SendsTaskAssignedToClaimerOnce_WhenClaimedTwice()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(ForCoordinators);
        var task = await host.TaskAsync(lab.Id);
        host.Time.Advance(TimeSpan.FromMinutes(1));

        await host.Tasks.ClaimAsync(task.Id, NotificationTestHost.Lo.Id, host.Token);
        // A repeated claim is refused (one winner per command), and it sends nothing.
        var again = await Assert.ThrowsAsync<LabFlow.Activities.Labs.LabDomainException>(() => host.Tasks.ClaimAsync(task.Id, NotificationTestHost.Lo.Id, host.Token));
        Assert.Equal(LabFlow.Activities.Labs.LabErrors.Conflict, again.Code);

        var toLo = (await host.EmailsAsync(EmailTemplates.TaskAssigned)).Where(e => e.RecipientAddress == "lo@example.se").ToList();
        Assert.Equal(2, toLo.Count);
        Assert.Equal("New task: Report interviews (Jämlik rekrytering)", toLo[1].Subject);
        Assert.False(JsonNode.Parse(toLo[1].ModelJson)!["candidateGroup"]!.GetValue<bool>());
    }

    [Fact]
    public async Task DelegateAndReassignAsync_SendTaskAssignedToNewAssignee()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(ForKim);
        var task = await host.TaskAsync(lab.Id);

        await host.Tasks.DelegateAsync(task.Id, NotificationTestHost.Kim.Id, NotificationTestHost.Lo.Id, null, host.Token);
        await host.Tasks.ReassignAsync(task.Id, NotificationTestHost.Facilitator.Id, NotificationTestHost.Sponsor.Id, null, host.Token);

        Assert.Equal(
            ["kim@example.se", "lo@example.se", "sam@example.se"],
            (await host.EmailsAsync(EmailTemplates.TaskAssigned)).Select(e => e.RecipientAddress).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MoveDueDateAsync_SendsAssigneeTheNewDateAsCalendarUpdate()
    {
        await using var host = new NotificationTestHost();
        var lab = await host.LaunchAsync(ForKim);
        var task = await host.TaskAsync(lab.Id);
        host.Time.Advance(TimeSpan.FromDays(1));

        await host.Tasks.MoveDueDateAsync(task.Id, NotificationTestHost.Facilitator.Id, new DateOnly(2026, 6, 24), host.Token);

        var emails = await host.EmailsAsync(EmailTemplates.TaskAssigned);
        Assert.Equal(2, emails.Count);
        var moved = emails[1];
        Assert.True(JsonNode.Parse(moved.ModelJson)!["dueDateMoved"]!.GetValue<bool>());
        var ics = System.Text.Encoding.UTF8.GetString(Assert.Single(moved.Attachments).Content);
        var first = System.Text.Encoding.UTF8.GetString(Assert.Single(emails[0].Attachments).Content);
        Assert.Contains("DTSTART;VALUE=DATE:20260624", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:task-{task.Id:N}@", ics, StringComparison.Ordinal);
        Assert.True(Sequence(ics) > Sequence(first));
    }

    private static int Sequence(string ics) =>
        int.Parse(ics.Split("\r\n").Single(l => l.StartsWith("SEQUENCE:", StringComparison.Ordinal))["SEQUENCE:".Length..], System.Globalization.CultureInfo.InvariantCulture);
}
