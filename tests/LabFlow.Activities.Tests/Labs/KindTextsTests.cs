using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tests.Email;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tests.Labs;

/// <summary>The one table of what a run of each kind of flow is called, and the emails that take their nouns from it.</summary>
public sealed class KindTextsTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 7, 0, 0, TimeSpan.Zero);
    private static readonly EmailRenderingOptions Options = new()
    {
        PublicBaseUrl = new Uri("https://labflow.goteborg.example/"),
        OrganizerAddress = "labflow@goteborg.example",
    };

    public static TheoryData<FlowKind> EveryKind => [.. Enum.GetValues<FlowKind>()];

    [Theory]
    [InlineData(FlowKind.Lab, "ett labb", "labbet", "Labb", "the lab")]
    [InlineData(FlowKind.Conference, "en konferens", "konferensen", "Konferens", "the conference")]
    [InlineData(FlowKind.Seminar, "ett seminarium", "seminariet", "Seminarium", "the seminar")]
    [InlineData(FlowKind.ActiveMeasures, "ett års arbete med aktiva åtgärder", "årets arbete med aktiva åtgärder", "Aktiva åtgärder", "the active-measures cycle")]
    [InlineData(FlowKind.LeadingChange, "ett förändringsarbete", "förändringsarbetet", "Förändringsarbete", "the change programme")]
    [InlineData(FlowKind.Other, "en process", "processen", "Process", "the process")]
    public void Of_GivesTheKindsOwnNouns_InSwedishAndEnglish(FlowKind kind, string indefinite, string definite, string label, string english)
    {
        // Act
        var swedish = KindTexts.Of(kind, "sv");

        // Assert
        Assert.Equal((indefinite, definite, label), (swedish.Indefinite, swedish.Definite, swedish.Label));
        Assert.Equal(english, KindTexts.Of(kind, "en").Definite);
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Of_NeverCallsARunThatIsNoLabALab_InEitherLanguage(FlowKind kind)
    {
        // Arrange
        var nouns = new[] { KindTexts.Sv(kind), KindTexts.En(kind) };

        // Act
        var words = nouns.SelectMany(n => new[] { n.Indefinite, n.Definite, n.Label }).ToList();

        // Assert
        Assert.All(words, word => Assert.False(string.IsNullOrWhiteSpace(word)));
        if (kind != FlowKind.Lab)
        {
            Assert.All(words, word => Assert.DoesNotContain("lab", word, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Agree_FollowsTheSwedishGender_OfTheKindsNoun()
    {
        // Act
        var conference = KindTexts.Sv(FlowKind.Conference).Agree("pausat", "pausad");
        var seminar = KindTexts.Sv(FlowKind.Seminar).Agree("pausat", "pausad");

        // Assert
        Assert.Equal(("pausad", "pausat"), (conference, seminar));
    }

    [Theory]
    [InlineData(EmailTemplates.TaskAssigned)]
    [InlineData(EmailTemplates.TaskReminder)]
    [InlineData(EmailTemplates.TaskOverdue)]
    [InlineData(EmailTemplates.TaskEscalated)]
    [InlineData(EmailTemplates.FollowUpDue)]
    public async Task RenderAsync_SaysKonferensenAndNeverLabbet_WhenTheTaskBelongsToAConference(string template)
    {
        // Arrange
        var renderer = new EmailTemplateRenderer(Options);
        var request = EmailSamples.Request(template, EmailSamples.Anna);

        // Act
        var swedish = await renderer.RenderAsync(request, EmailSamples.Anna, Now, FlowKind.Conference, CancellationToken.None);
        var english = await renderer.RenderAsync(request, EmailSamples.Sam with { Culture = "en-GB" }, Now, FlowKind.Conference, CancellationToken.None);

        // Assert
        Assert.Contains("konferensen \"Jämlik rekrytering\"", swedish.TextBody, StringComparison.Ordinal);
        Assert.Contains("the conference \"Jämlik rekrytering\"", english.TextBody, StringComparison.Ordinal);
        foreach (var part in new[] { swedish.Subject, swedish.TextBody, swedish.HtmlBody, english.Subject, english.TextBody, english.HtmlBody })
        {
            Assert.DoesNotContain("labbet", part, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("the lab", part, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task RenderAsync_NamesTheActiveMeasuresCycle_InTheCalendarFileToo()
    {
        // Arrange
        var renderer = new EmailTemplateRenderer(Options);
        var request = EmailSamples.Request(EmailTemplates.TaskAssigned, EmailSamples.Anna);

        // Act
        var email = await renderer.RenderAsync(request, EmailSamples.Anna, Now, FlowKind.ActiveMeasures, CancellationToken.None);

        // Assert
        Assert.Contains("Du har fått en ny uppgift i årets arbete med aktiva åtgärder \"Jämlik rekrytering\":", email.TextBody, StringComparison.Ordinal);
        var calendar = System.Text.Encoding.UTF8.GetString(Assert.Single(email.Attachments).Content);
        Assert.Contains("Aktiva åtgärder: Jämlik rekrytering", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("Labb", calendar, StringComparison.Ordinal);
    }
}
