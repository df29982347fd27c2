using System.Text;
using System.Text.Json.Nodes;
using LabFlow.Activities.Email;

namespace LabFlow.Activities.Tests.Email;

public sealed class EmailTemplateRendererTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 7, 0, 0, TimeSpan.Zero);
    private static readonly EmailRenderingOptions Options = new()
    {
        PublicBaseUrl = new Uri("https://labflow.goteborg.example/"),
        OrganizerAddress = "labflow@goteborg.example",
    };

    public static TheoryData<string, string> EveryTemplateAndCulture()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in EmailSamples.AllTemplates)
        {
            data.Add(template, "sv");
            data.Add(template, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTemplateAndCulture))]
    public async Task RenderAsync_RendersEveryPart_WhenModelIsComplete(string template, string culture)
    {
        // Strict: a variable the template reads but the model lacks fails the test.
        var renderer = new EmailTemplateRenderer(Options, strictVariables: true);
        var recipient = culture == "sv" ? EmailSamples.Anna : EmailSamples.Sam;

        var email = await renderer.RenderAsync(EmailSamples.Request(template, recipient), recipient, Now, CancellationToken.None);

        Assert.False(string.IsNullOrWhiteSpace(email.Subject));
        Assert.DoesNotContain("{{", email.Subject + email.HtmlBody + email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", email.Subject + email.HtmlBody + email.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{culture}\">", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://labflow.goteborg.example/", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', email.Subject);
    }

    [Fact]
    public void Keys_ListEveryTemplateKey_WhenTemplatesAreEmbedded()
    {
        var renderer = new EmailTemplateRenderer(Options);

        Assert.Equal(EmailSamples.AllTemplates.Order(StringComparer.Ordinal), renderer.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RenderAsync_WritesSwedish_WhenRecipientCultureIsSwedish()
    {
        var renderer = new EmailTemplateRenderer(Options);
        var request = EmailSamples.Request(EmailTemplates.TaskAssigned, EmailSamples.Anna);

        var email = await renderer.RenderAsync(request, EmailSamples.Anna, Now, CancellationToken.None);

        Assert.Equal("Ny uppgift: Intervjua medarbetare (Jämlik rekrytering)", email.Subject);
        Assert.Contains("Hej Anna Svensson!", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Klar senast: fredag 14 mars 2025", email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://labflow.goteborg.example/tasks/{EmailSamples.TaskId}\"", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_WritesEnglish_WhenRecipientCultureIsEnglish()
    {
        var renderer = new EmailTemplateRenderer(Options);
        var request = EmailSamples.Request(EmailTemplates.TaskAssigned, EmailSamples.Sam);

        var email = await renderer.RenderAsync(request, EmailSamples.Sam with { Culture = "en-GB" }, Now, CancellationToken.None);

        Assert.Equal("New task: Intervjua medarbetare (Jämlik rekrytering)", email.Subject);
        Assert.Contains("Due: Friday 14 March 2025", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_EncodesModelValuesInHtml_WhenTheyContainMarkup()
    {
        var renderer = new EmailTemplateRenderer(Options);
        var model = EmailSamples.Model(EmailTemplates.TaskAssigned);
        model["taskTitle"] = "<script>alert('x')</script> & mer";
        var request = EmailSamples.Request(EmailTemplates.TaskAssigned, EmailSamples.Anna) with { Model = model };

        var email = await renderer.RenderAsync(request, EmailSamples.Anna, Now, CancellationToken.None);

        Assert.DoesNotContain("<script>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; mer", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<script>alert('x')</script> & mer", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_ShowsCustomBodyAsEncodedParagraphs_WhenTemplateIsCustom()
    {
        var renderer = new EmailTemplateRenderer(Options);

        var email = await renderer.RenderAsync(
            EmailSamples.Request(EmailTemplates.Custom, EmailSamples.Anna), EmailSamples.Anna, Now, CancellationToken.None);

        Assert.Equal("Välkommen till labbet", email.Subject);
        Assert.Contains("<p>Hej alla!</p>\n<p>Vi ses på &lt;måndag&gt; &amp; tar med fika.</p>", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_AttachesAllDayDueDate_WhenTaskHasDueDate()
    {
        var renderer = new EmailTemplateRenderer(Options);

        var email = await renderer.RenderAsync(
            EmailSamples.Request(EmailTemplates.TaskAssigned, EmailSamples.Anna), EmailSamples.Anna, Now, CancellationToken.None);

        var attachment = Assert.Single(email.Attachments);
        Assert.Equal("deadline.ics", attachment.FileName);
        Assert.Equal("text/calendar; method=PUBLISH; charset=utf-8", attachment.ContentType);
        var ics = Unfold(attachment.Content);
        Assert.Contains("METHOD:PUBLISH", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:task-{EmailSamples.TaskId:N}@labflow.goteborg.example", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20250314", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Sista dag: Intervjua medarbetare", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_AttachesMeetingRequestInStockholmTime_WhenTemplateIsWorkshopInvitation()
    {
        var renderer = new EmailTemplateRenderer(Options);

        var email = await renderer.RenderAsync(
            EmailSamples.Request(EmailTemplates.WorkshopInvitation, EmailSamples.Anna), EmailSamples.Anna, Now, CancellationToken.None);

        var attachment = Assert.Single(email.Attachments);
        Assert.True(attachment.IsCalendarRequest);
        var ics = Unfold(attachment.Content);
        Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
        Assert.Contains("UID:workshop-kickoff-5b8e2f10@labflow.goteborg.example", ics, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Stockholm:20250318T090000", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Stockholm:20250318T120000", ics, StringComparison.Ordinal);
        Assert.Contains("ORGANIZER;CN=LabFlow:mailto:labflow@goteborg.example", ics, StringComparison.Ordinal);
        Assert.Contains("mailto:anna.svensson@goteborg.example", ics, StringComparison.Ordinal);
        Assert.Contains("När: tisdag 18 mars 2025 kl. 09:00–12:00", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_KeepsUidAndRaisesSequence_WhenWorkshopIsMoved()
    {
        var renderer = new EmailTemplateRenderer(Options);
        var first = EmailSamples.Request(EmailTemplates.WorkshopInvitation, EmailSamples.Anna);
        var movedModel = EmailSamples.Model(EmailTemplates.WorkshopInvitation);
        movedModel["startsAt"] = "2025-03-20T13:00:00+01:00";
        movedModel["endsAt"] = "2025-03-20T15:00:00+01:00";
        var moved = first with { Id = Guid.NewGuid(), Model = movedModel };

        var before = Unfold((await renderer.RenderAsync(first, EmailSamples.Anna, Now, CancellationToken.None)).Attachments[0].Content);
        var after = Unfold((await renderer.RenderAsync(moved, EmailSamples.Anna, Now.AddDays(1), CancellationToken.None)).Attachments[0].Content);

        Assert.Equal(Line(before, "UID:"), Line(after, "UID:"));
        Assert.True(int.Parse(Line(after, "SEQUENCE:")[9..]) > int.Parse(Line(before, "SEQUENCE:")[9..]));
        Assert.Contains("DTSTART;TZID=Europe/Stockholm:20250320T130000", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_AttachesMeetingRequestWithSummerAndWinterTime_WhenTheWorkshopIsYearsAhead()
    {
        var renderer = new EmailTemplateRenderer(Options);
        var model = EmailSamples.Model(EmailTemplates.WorkshopInvitation);
        model["startsAt"] = "2031-06-10T09:00:00+02:00";
        model["endsAt"] = "2031-06-10T12:00:00+02:00";
        var request = EmailSamples.Request(EmailTemplates.WorkshopInvitation, EmailSamples.Anna) with { Model = model };

        var email = await renderer.RenderAsync(request, EmailSamples.Anna, Now, CancellationToken.None);

        var ics = Unfold(Assert.Single(email.Attachments).Content);
        Assert.Contains("DTSTART;TZID=Europe/Stockholm:20310610T090000", ics, StringComparison.Ordinal);
        Assert.Contains("BEGIN:DAYLIGHT", ics, StringComparison.Ordinal);
        Assert.Contains("BEGIN:STANDARD", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_Throws_WhenTemplateIsUnknown()
    {
        var renderer = new EmailTemplateRenderer(Options);
        var request = EmailSamples.Request(EmailTemplates.Custom, EmailSamples.Anna) with { Template = "task-asigned" };

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => renderer.RenderAsync(request, EmailSamples.Anna, Now, CancellationToken.None));

        Assert.Equal(
            "Email template 'task-asigned' does not exist; use one of account-invitation, collection-opened, custom, daily-digest, follow-up-due, password-reset, suggestion-reply, survey-link, task-assigned, task-escalated, task-overdue, task-reminder, workshop-invitation.",
            exception.Message);
    }

    private static string Unfold(byte[] content) => Encoding.UTF8.GetString(content).Replace("\r\n ", string.Empty, StringComparison.Ordinal);

    private static string Line(string ics, string prefix) =>
        ics.Split("\r\n").Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
}
