using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Bunit;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Tests.Components.Tasks;

public sealed class TaskPageTests : TaskPageTestContext
{
    private const string EveryFieldType = """
        [
          { "key": "heading", "type": "Text", "label": { "sv": "Rubrik", "en": "Heading" }, "required": true, "help": { "sv": "En kort rubrik.", "en": "A short heading." } },
          { "key": "notes", "type": "LongText", "label": { "sv": "Anteckningar", "en": "Notes" } },
          { "key": "interviews", "type": "Number", "label": { "sv": "Antal intervjuer", "en": "Number of interviews" }, "min": 0, "max": 50 },
          { "key": "heldOn", "type": "Date", "label": { "sv": "Datum för workshop", "en": "Workshop date" } },
          { "key": "status", "type": "Choice", "label": { "sv": "Läge", "en": "State" }, "options": [ { "value": "green", "label": { "sv": "Grönt", "en": "Green" } }, { "value": "red", "label": { "sv": "Rött", "en": "Red" } } ] },
          { "key": "grounds", "preset": "discriminationGrounds" },
          { "key": "skr", "preset": "skrChecklist" },
          { "key": "rating", "type": "Rating", "label": { "sv": "Betyg", "en": "Rating" } },
          { "key": "owner", "type": "Person", "label": { "sv": "Ägare", "en": "Owner" }, "role": "Coordinator" },
          { "key": "material", "type": "Link", "label": { "sv": "Material", "en": "Material" } },
          { "key": "risks", "preset": "riskTable" },
          { "key": "analysis", "preset": "threeR" }
        ]
        """;

    [Fact]
    public async Task Render_ShowsEveryFieldTypeWithItsLabel_WhenTheFormUsesAllTypes()
    {
        var task = await AddTaskAsync(EveryFieldType);

        var page = RenderAs(Coordinator1, task.Id);
        page.Find("#field-risks-add").Click();

        Assert.Equal("Rubrik (obligatoriskt)", page.Find("label[for=field-heading]").TextContent);
        Assert.Equal("field-heading-help", page.Find("input#field-heading").GetAttribute("aria-describedby"));
        Assert.Equal("En kort rubrik.", page.Find("#field-heading-help").TextContent);
        Assert.Equal("Anteckningar", page.Find("label[for=field-notes]").TextContent);
        Assert.Equal("textarea", page.Find("#field-notes").TagName.ToLowerInvariant());
        Assert.Equal("Antal intervjuer", page.Find("label[for=field-interviews]").TextContent);
        Assert.Equal("Ett tal från 0 till 50.", page.Find("#field-interviews-help").TextContent);
        Assert.Equal("Datum för workshop", page.Find("label[for=field-heldOn]").TextContent);
        Assert.Equal("text", page.Find("input#field-heldOn").GetAttribute("type"));
        Assert.Equal("åååå-mm-dd", page.Find("input#field-heldOn").GetAttribute("placeholder"));
        Assert.Equal("Läge", page.Find("fieldset#field-status > legend").TextContent);
        Assert.Equal(["Grönt", "Rött"], page.FindAll("fieldset#field-status label").Select(l => l.TextContent.Trim()));
        Assert.Equal("Diskrimineringsgrunder och socioekonomi", page.Find("fieldset#field-grounds > legend").TextContent);
        Assert.Equal(8, page.FindAll("fieldset#field-grounds input[type=checkbox]").Count);
        Assert.Equal("SKR:s checklista för jämställda beslut", page.Find("fieldset#field-skr > legend").TextContent);
        Assert.Equal("1. Beslutet berör kvinnor och män, flickor och pojkar", page.Find("fieldset#field-skr-affectsGroups > legend").TextContent);
        Assert.Equal("Individbaserad statistik är uppdelad på kön", page.Find("fieldset#field-skr-points-statisticsBySex > legend").TextContent);
        Assert.Equal("Kommentar", page.Find("label[for=field-skr-points-statisticsBySex-comment]").TextContent);
        Assert.Equal("Betyg", page.Find("fieldset#field-rating > legend").TextContent);
        Assert.Equal(5, page.FindAll("fieldset#field-rating input[type=radio]").Count);
        Assert.Equal("Ägare", page.Find("label[for=field-owner]").TextContent);
        Assert.Equal("combobox", page.Find("input#field-owner").GetAttribute("role"));
        Assert.Equal("Material", page.Find("label[for=field-material]").TextContent);
        Assert.Equal("url", page.Find("input#field-material").GetAttribute("type"));
        Assert.Equal("Risker och åtgärder", page.Find("fieldset#field-risks > legend").TextContent);
        Assert.Equal("Rad 1", page.Find("fieldset#field-risks-0- > legend").TextContent);
        Assert.Equal("Risk (obligatoriskt)", page.Find("label[for=field-risks-0--description]").TextContent);
        Assert.Equal("Åtgärd", page.Find("label[for=field-risks-0--measure]").TextContent);
        Assert.Equal("Ansvarig", page.Find("label[for=field-risks-0--responsible]").TextContent);
        Assert.Equal("Start", page.Find("label[for=field-risks-0--start]").TextContent);
        Assert.Equal("Klart senast", page.Find("label[for=field-risks-0--end]").TextContent);
        Assert.Equal("3R/4R-analys", page.Find("fieldset#field-analysis > legend").TextContent);
        Assert.Equal("R1 Representation", page.Find("fieldset#field-analysis-r1 > legend").TextContent);
        Assert.Equal("R3 Realia", page.Find("label[for=field-analysis-r3]").TextContent);
    }

    [Fact]
    public async Task Render_ShowsTheKeptDraft_WhenTheTaskIsOpenedAgainAfterAFailedCompletion()
    {
        var task = await AddTaskAsync(EveryFieldType);
        var first = RenderAs(Coordinator1, task.Id);
        first.Find("#field-interviews").Change("7");
        first.Find("#field-rating-3").Click();
        first.Find("#field-risks-add").Click();
        first.Find("#field-risks-0--description").Change("Otydliga kriterier");
        first.Find("#action-done").Click();

        var again = RenderAs(Coordinator1, task.Id);

        Assert.Equal("7", again.Find("#field-interviews").GetAttribute("value"));
        Assert.True(IsChecked(again.Find("#field-rating-3")));
        Assert.Equal("Otydliga kriterier", again.Find("#field-risks-0--description").TextContent);
    }

    [Fact]
    public async Task Complete_ShowsSummaryAndFieldErrorAndKeepsTypedValues_WhenARequiredFieldIsEmpty()
    {
        var task = await AddTaskAsync(EveryFieldType);
        var page = RenderAs(Coordinator1, task.Id);

        page.Find("#field-notes").Change("Tre intervjuer gjorda");
        page.Find("#field-interviews").Change("12");
        page.Find("#field-heldOn").Change("2026-06-20");
        page.Find("#field-status-1").Click();
        page.Find("#field-grounds-0").Change(true);
        page.Find("#field-rating-4").Click();
        await page.ChooseAsync("field-owner", "Lo");
        page.Find("#field-material").Change("https://goteborg.se/labb");
        page.Find("#action-done").Click();

        var summary = page.Find("#error-summary");
        Assert.Equal("alert", summary.GetAttribute("role"));
        Assert.Equal("1 svar behöver rättas", page.Find("#error-summary-title").TextContent);
        var link = Assert.Single(summary.QuerySelectorAll("a"));
        Assert.Equal("Rubrik: Fältet måste fyllas i.", link.TextContent);
        Assert.EndsWith("#field-heading", link.GetAttribute("href"));
        Assert.Equal("Fältet måste fyllas i.", page.Find("#field-heading-error").TextContent);
        Assert.Equal("true", page.Find("input#field-heading").GetAttribute("aria-invalid"));
        Assert.Equal("field-heading-help field-heading-error", page.Find("input#field-heading").GetAttribute("aria-describedby"));
        JSInterop.VerifyFocusAsyncInvoke();

        Assert.Equal("Tre intervjuer gjorda", page.Find("#field-notes").GetAttribute("value"));
        Assert.Equal("12", page.Find("#field-interviews").GetAttribute("value"));
        Assert.Equal("2026-06-20", page.Find("#field-heldOn").GetAttribute("value"));
        Assert.True(IsChecked(page.Find("#field-status-1")));
        Assert.False(IsChecked(page.Find("#field-status-0")));
        Assert.True(IsChecked(page.Find("#field-grounds-0")));
        Assert.False(IsChecked(page.Find("#field-grounds-1")));
        Assert.True(IsChecked(page.Find("#field-rating-4")));
        Assert.Equal("Lo Samordnare", page.Find("#field-owner").GetAttribute("value"));
        Assert.Equal("https://goteborg.se/labb", page.Find("#field-material").GetAttribute("value"));
        var stored = await TaskStore.FindAsync(task.Id, Token);
        Assert.Equal(LabTaskStatus.Open, stored!.Status);
        Assert.Equal("Tre intervjuer gjorda", stored.Draft!["notes"]!.GetValue<string>());
    }

    [Fact]
    public async Task Complete_CompletesThroughTheDomainAndShowsConfirmationAndAnswers_WhenAnswersAreValid()
    {
        var task = await AddTaskAsync(EveryFieldType);
        var page = RenderAs(Coordinator1, task.Id);

        page.Find("#field-heading").Change("Jämlik rekrytering");
        page.Find("#field-interviews").Change("12,5");
        await page.ChooseAsync("field-owner", "Lo");
        page.Find("#action-done").Click();

        Assert.Equal("Uppgiften är klar. Tack!", page.Find("#task-notice").TextContent);
        Assert.Equal("status", page.Find("#task-notice").GetAttribute("role"));
        Assert.Equal("Klar", page.Find("#task-status").TextContent);
        Assert.Empty(page.FindAll("#error-summary"));
        Assert.Empty(page.FindAll("input#field-heading"));
        var answers = page.Find("dl.lf-answers");
        Assert.Contains("Jämlik rekrytering", answers.TextContent);
        Assert.Contains("12,5", answers.TextContent);
        Assert.Contains("Lo Samordnare", answers.TextContent);
        var stored = await TaskStore.FindAsync(task.Id, Token);
        Assert.Equal(LabTaskStatus.Completed, stored!.Status);
        Assert.Equal("done", stored.Outcome);
        Assert.Equal("Jämlik rekrytering", stored.Answers!["heading"]!.GetValue<string>());
        Assert.Equal(12.5m, stored.Answers["interviews"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Complete_UsesTheChosenOutcome_WhenTheTaskHasSeveralActions()
    {
        var task = await AddTaskAsync(actions:
        [
            new TaskAction("approve", LocalizedText.Of("Godkänn", "Approve")),
            new TaskAction("sendBack", LocalizedText.Of("Skicka tillbaka", "Send back")),
        ]);
        var page = RenderAs(Coordinator1, task.Id);

        Assert.Equal(["Godkänn", "Skicka tillbaka"], page.FindAll(".lf-actions button").Select(b => b.TextContent.Trim()));
        page.Find("#action-sendBack").Click();

        var stored = await TaskStore.FindAsync(task.Id, Token);
        Assert.Equal("sendBack", stored!.Outcome);
        Assert.Equal("Uppgiften är klar. Tack!", page.Find("#task-notice").TextContent);
    }

    [Fact]
    public async Task Complete_GivesTheDomainsMessage_WhenARiskHasNeitherMeasureNorReason()
    {
        var task = await AddTaskAsync("""[ { "key": "risks", "preset": "riskTable", "required": true } ]""");
        var page = RenderAs(Coordinator1, task.Id);

        page.Find("#field-risks-add").Click();
        page.Find("#field-risks-0--description").Change("Chefer rekryterar via egna nätverk");
        page.Find("#action-done").Click();

        const string Message = "Ange en åtgärd, eller dokumentera skälet till att risken lämnas utan åtgärd.";
        Assert.Equal(Message, page.Find("#field-risks-0--measure-error").TextContent);
        Assert.Equal("true", page.Find("#field-risks-0--measure").GetAttribute("aria-invalid"));
        var link = Assert.Single(page.FindAll("#error-summary a"));
        Assert.Equal($"Risker och åtgärder, rad 1, Åtgärd: {Message}", link.TextContent);
        Assert.EndsWith("#field-risks-0--measure", link.GetAttribute("href"));
        Assert.Equal("Chefer rekryterar via egna nätverk", page.Find("#field-risks-0--description").TextContent);
    }

    [Fact]
    public async Task Render_ShowsTheClaimButton_OnlyWhenTheCallerMayClaim()
    {
        var task = await AddTaskAsync(candidates: [Coordinator1.Id, Coordinator2.Id]);

        var candidate = RenderAs(Coordinator1, task.Id);
        Assert.Equal("Ta uppgiften", candidate.Find("#claim-task").TextContent.Trim());
        Assert.Equal("Ej tagen ännu – någon av: Kim Samordnare, Lo Samordnare", candidate.Find("#task-assignee").FirstChild!.TextContent.Trim());

        var facilitator = RenderAs(Facilitator, task.Id);
        Assert.Empty(facilitator.FindAll("#claim-task"));

        candidate.Find("#claim-task").Click();
        Assert.Empty(candidate.FindAll("#claim-task"));
        Assert.Equal("Du har tagit uppgiften.", candidate.Find("#task-notice").TextContent);
        Assert.Equal("Kim Samordnare", candidate.Find("#task-assignee").TextContent.Trim());
        Assert.Equal("Tagen", candidate.Find("#task-status").TextContent);
        Assert.Equal(Coordinator1.Id, (await TaskStore.FindAsync(task.Id, Token))!.AssigneeId);
        Assert.Contains("Kim Samordnare tog uppgiften.", candidate.Find(".lf-history").TextContent);
    }

    [Fact]
    public async Task Render_ShowsNoTaskData_WhenTheCallerIsACoordinatorOfAnotherAdministration()
    {
        var task = await AddTaskAsync(EveryFieldType, instructions: "Läs underlaget.");

        var page = RenderAs(OtherCoordinator, task.Id);

        Assert.Equal("Du har inte behörighet", page.Find("h1").TextContent);
        Assert.DoesNotContain("Ringa in utmaningen", page.Markup);
        Assert.DoesNotContain("Jämlik rekrytering", page.Markup);
        Assert.DoesNotContain("Läs underlaget", page.Markup);
        Assert.Empty(page.FindAll("input, select, textarea, button"));
    }

    [Fact]
    public void Render_SaysNotFound_WhenTheTaskDoesNotExist()
    {
        var page = RenderAs(Coordinator1, Guid.NewGuid());

        Assert.Equal("Uppgiften hittades inte", page.Find("h1").TextContent);
    }

    [Fact]
    public async Task Render_ShowsFactsInSwedish_WithDueDateOverdueAndSafeInstructions()
    {
        var task = await AddTaskAsync(instructions: "**Viktigt:** läs [underlaget](https://goteborg.se). <script>alert(1)</script> [x](javascript:alert(1))", informed: [Facilitator.Id]);

        var page = RenderAs(Coordinator1, task.Id);

        Assert.Equal("Ringa in utmaningen", page.Find("h1").TextContent);
        Assert.Equal("Jämlik rekrytering", page.Find("#task-lab a").TextContent);
        Assert.Equal($"/labs/{Lab.Id}", page.Find("#task-lab a").GetAttribute("href"));
        Assert.Equal("Förbereda", page.Find("#task-phase").TextContent);
        Assert.StartsWith("onsdag 17 juni 2026", page.Find("#task-due").TextContent.Trim());
        Assert.Equal("Försenad: förfallodagen passerades för 1 dag sedan.", page.Find("#task-overdue").TextContent);
        Assert.Equal("Öppen", page.Find("#task-status").TextContent);
        Assert.Equal("Kim Samordnare", page.Find("#task-assignee").TextContent.Trim());
        Assert.Equal("Fia Facilitator", page.Find("#task-informed").TextContent);
        var instructions = page.Find(".lf-instructions");
        Assert.Equal("Viktigt:", instructions.QuerySelector("strong")!.TextContent);
        Assert.Equal("https://goteborg.se", instructions.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(instructions.QuerySelector("script"));
        Assert.DoesNotContain("javascript:", instructions.InnerHtml);
        Assert.Contains("Uppgiften skapades för Kim Samordnare.", page.Find(".lf-history").TextContent);
    }

    [Fact]
    public async Task Render_ShowsEnglishTexts_WhenTheUiCultureIsEnglish()
    {
        UseCulture("en");
        var task = await AddTaskAsync(EveryFieldType, candidates: [Coordinator1.Id, Coordinator2.Id]);

        var page = RenderAs(Coordinator1, task.Id);

        Assert.Equal("Frame the challenge", page.Find("h1").TextContent);
        Assert.Equal("Take the task", page.Find("#claim-task").TextContent.Trim());
        Assert.StartsWith("Wednesday 17 June 2026", page.Find("#task-due").TextContent.Trim());
        Assert.Equal("Overdue: the due date passed 1 day ago.", page.Find("#task-overdue").TextContent);
        Assert.Equal("Open", page.Find("#task-status").TextContent);
        Assert.Equal("Prepare", page.Find("#task-phase").TextContent);
        Assert.Equal("Heading (required)", page.Find("label[for=field-heading]").TextContent);
        Assert.Equal("Grounds of discrimination and socioeconomic conditions", page.Find("fieldset#field-grounds > legend").TextContent);
        Assert.Equal("Add row", page.Find("#field-risks-add").TextContent.Trim());
        Assert.Equal("Done", page.Find("#action-done").TextContent.Trim());
        Assert.Equal("Comments", page.Find("#comments-title").TextContent);

        page.Find("#action-done").Click();
        Assert.Equal("1 answer needs fixing", page.Find("#error-summary-title").TextContent);
        Assert.Equal("Heading: This field is required.", page.Find("#error-summary a").TextContent);
    }

    private static bool IsChecked(IElement input) => input is IHtmlInputElement { IsChecked: true } || input.HasAttribute("checked");

    [Fact]
    public async Task Comment_AddsTheCommentWithItsAuthor_WhenTextIsGiven()
    {
        var task = await AddTaskAsync();
        var page = RenderAs(Coordinator1, task.Id);

        page.Find("#send-comment").Click();
        Assert.Equal("Skriv en kommentar innan du skickar den.", page.Find("#new-comment-error").TextContent);

        page.Find("#new-comment").Change("Vi behöver mer underlag.");
        page.Find("#send-comment").Click();

        var comment = page.Find(".lf-comments li");
        Assert.Equal("Kim Samordnare", comment.QuerySelector("strong")!.TextContent);
        Assert.Equal("Vi behöver mer underlag.", comment.QuerySelector(".lf-comment-text")!.TextContent);
        Assert.Equal("Vi behöver mer underlag.", Assert.Single((await TaskStore.FindAsync(task.Id, Token))!.Comments).Text);
    }
}
