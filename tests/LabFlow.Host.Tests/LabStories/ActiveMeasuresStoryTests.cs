using System.Text.Json.Nodes;
using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Execution;
using static LabFlow.Host.Tests.LabStories.LabStoryCast;

namespace LabFlow.Host.Tests.LabStories;

/// <summary>
/// <i>Aktiva åtgärder</i>, one year's cycle of active measures under the Discrimination Act: the HR expert investigates
/// (with the yearly pay survey, the harassment guidelines and the gender distribution), analyses and drafts the action
/// plan; management approves the analysis and the plan at gates; then the follow-ups after 3 and 6 months and the call
/// for next year's cycle. Day 0 is Monday 25 January 2027, so the analysis falls due on Good Friday.
/// </summary>
public sealed class ActiveMeasuresStoryTests
{
    /// <summary>Wednesday 20 January 2027, 09:00 in Stockholm.</summary>
    internal static readonly DateTimeOffset LaunchTime = new(2027, 1, 20, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<LabStoryStore> Stores => [LabStoryStore.InMemory, LabStoryStore.Sqlite];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task ActiveMeasures_RunsTheYearsCycleToNextYears_WhenHrDoesTheWorkAndManagementApproves(LabStoryStore store)
    {
        await using var host = await LabStoryHost.StartAsync(store, LaunchTime);

        await RunTheYearAsync(host);
    }

    /// <summary>Launches the 2027 cycle and runs it through every step to the evaluation (the report tests start from its end).</summary>
    internal static async Task<Lab> RunTheYearAsync(LabStoryHost host)
    {
        var lab = await host.LaunchAsync("active-measures", "Aktiva åtgärder 2027", "Hur förebygger vi diskriminering i elevhälsan?", D(2027, 1, 25));
        await InvestigateAsync(host, lab);
        await DoTheYearlyDutiesAsync(host, lab);
        await AnalyseAsync(host, lab);
        await ActAsync(host, lab);
        await FollowUpAndEvaluateAsync(host, lab);
        return lab;
    }

    private static async Task InvestigateAsync(LabStoryHost host, Lab lab)
    {
        Assert.Equal("investigate=Active, analyse=Ahead, act=Ahead, follow-up=Ahead", await host.ProgressAsync(lab.Id));
        var investigate = await host.OpenTaskAsync(lab.Id, "investigate");
        Assert.Equal(["genderDistribution", "harassment", "investigate", "paySurvey"], await host.OpenStepsAsync(lab.Id));
        LabStoryAssert.Task(investigate, "Undersöka risker och hinder", assignee: Hanna, informed: [Kim, Lo], due: D(2027, 2, 24));
        await AssertHiddenFromAnotherAdministrationAsync(host, investigate);

        // Two grounds of discrimination are not considered and a risk has no area: refused, every error at once.
        await host.AtAsync(D(2027, 2, 10), T(13, 0));
        var typed = Parse("""
            {
              "areas": ["workingConditions", "recruitment"],
              "groundsConsidered": {
                "sex": { "checked": true }, "transgenderIdentity": { "checked": true }, "ethnicity": { "checked": true },
                "disability": { "checked": true }, "age": { "checked": true }
              },
              "cooperationPartner": [ { "name": "Eva Ombud", "organisation": "Vision" } ],
              "cooperationDate": "2027-02-08",
              "methods": ["survey", "workplaceMeeting"],
              "risks": [ { "description": "Deltidsanställda får sämre scheman.", "ground": ["sex"], "source": "survey" } ]
            }
            """);
        var notTheirs = await Assert.ThrowsAsync<LabDomainException>(() => host.TryCompleteAsync(Kim, investigate, typed));
        Assert.Equal($"Task {investigate.Id} is assigned to someone else; only they can complete it.", notTheirs.Message);
        var refused = await host.TryCompleteAsync(Hanna, investigate, typed);
        Assert.Equal(
            [
                "groundsConsidered.religion: Svara ja eller nej.",
                "groundsConsidered.sexualOrientation: Svara ja eller nej.",
                "risks[0].area: Fältet måste fyllas i.",
            ],
            LabStoryHost.Shown(refused.Errors));
        Assert.True(JsonNode.DeepEquals(typed, (await host.OpenTaskAsync(lab.Id, "investigate")).Draft));

        await host.CompleteAsync(Hanna, investigate, Investigation);
        Assert.Equal(["genderDistribution", "harassment", "paySurvey"], await host.OpenStepsAsync(lab.Id));
    }

    /// <summary>The yearly duties beside the investigation: the pay survey, the harassment guidelines, the gender distribution.</summary>
    private static async Task DoTheYearlyDutiesAsync(LabStoryHost host, Lab lab)
    {
        // Day 45 is Thursday 11 March.
        var pay = await host.OpenTaskAsync(lab.Id, "paySurvey");
        LabStoryAssert.Task(pay, "Lönekartläggning", assignee: Hanna, informed: [Kim, Lo], due: D(2027, 3, 11));
        var harassment = await host.OpenTaskAsync(lab.Id, "harassment");
        LabStoryAssert.Task(harassment, "Riktlinjer och rutiner mot trakasserier", assignee: Hanna, informed: [Kim, Lo], due: D(2027, 3, 11));
        var distribution = await host.OpenTaskAsync(lab.Id, "genderDistribution");
        LabStoryAssert.Task(distribution, "Jämn könsfördelning", assignee: Hanna, informed: [Kim, Lo], due: D(2027, 3, 11));

        await host.AtAsync(D(2027, 3, 1), T(10, 0));
        var unfinished = await host.TryCompleteAsync(Hanna, pay, Parse("""{ "employees": 153, "equalWork": [ { "group": "Skolkuratorer", "women": 40 } ] }"""));
        Assert.Equal(
            [
                "equalWork[0].men: Fältet måste fyllas i.",
                "equalValue: Fältet måste fyllas i.",
                "unjustified: Fältet måste fyllas i.",
                "documented: Fältet måste fyllas i.",
            ],
            LabStoryHost.Shown(unfinished.Errors));
        await host.CompleteAsync(Hanna, pay, Parse("""
            {
              "employees": 153,
              "equalWork": [ { "group": "Skolkuratorer", "women": 40, "men": 6, "womenPay": 36100, "menPay": 36900, "explanation": "Längre erfarenhet." } ],
              "equalValue": "Skolkuratorer jämförda med IT-tekniker: 2 100 kr lägre medellön.",
              "unjustified": "Skillnaden mot IT-teknikerna saknar saklig grund; lönejustering i årets lönerevision.",
              "documented": "yes"
            }
            """));
        await host.CompleteAsync(Hanna, harassment, Parse("""
            {
              "routines": {
                "guidelines": { "checked": true }, "reprisals": { "checked": false, "comment": "Repressalier nämns inte." },
                "routines": { "checked": true }, "known": { "checked": false, "comment": "Nya chefer känner inte till rutinen." },
                "reviewed": { "checked": true }
              },
              "changes": "Lägg till repressalier; introduktion för nya chefer."
            }
            """));
        Assert.Equal(["genderDistribution"], await host.OpenStepsAsync(lab.Id));
        await host.CompleteAsync(Hanna, distribution, Parse("""
            {
              "distribution": [ { "group": "Skolkuratorer", "women": 40, "men": 6 }, { "group": "Rektorer", "women": 31, "men": 12 } ],
              "promotion": "Annonser som vänder sig till fler; mentorskap för blivande chefer."
            }
            """));
        Assert.Equal("investigate=Done, analyse=Active, act=Ahead, follow-up=Ahead", await host.ProgressAsync(lab.Id));
    }

    private static async Task AnalyseAsync(LabStoryHost host, Lab lab)
    {
        // Day 60 is Good Friday, 26 March: due on Thursday the 25th.
        var analyse = await host.OpenTaskAsync(lab.Id, "analyse");
        LabStoryAssert.Task(analyse, "Analysera orsakerna", assignee: Hanna, informed: [Kim, Lo, Sam], due: D(2027, 3, 25));
        await host.AtAsync(D(2027, 3, 18), T(10, 0));
        await host.CompleteAsync(Hanna, analyse, Parse("""
            {
              "analysis": [
                { "risk": "Sämre scheman för deltid.", "area": "workingConditions", "causes": "Schemat läggs efter heltidarna.", "normsAndStructures": "Heltid som norm.", "priority": "high" },
                { "risk": "Annonser når inte sökande med utländsk bakgrund.", "area": "recruitment", "causes": "Annonser bara på svenska.", "priority": "medium" },
                { "risk": "Föräldralediga missar kompetensutveckling.", "area": "parenthood", "causes": "Utbildningar bokas utan dem.", "priority": "low" }
              ],
              "managementPosition": "Ledningsgruppen står bakom analysen (beslut 2027-03-17)."
            }
            """));
        // Management approves the analysis at its gate (day 65, Wednesday 31 March).
        var gate = await host.OpenTaskAsync(lab.Id, "analysisGate");
        LabStoryAssert.Task(gate, "Godkänn analysen", assignee: Sam, informed: [Hanna, Kim, Lo], due: D(2027, 3, 31));
        await host.CompleteAsync(Sam, gate, Parse("""{ "comment": "Ledningsgruppen står bakom analysen." }"""), "Approve");
        Assert.Equal("investigate=Done, analyse=Done, act=Active, follow-up=Ahead", await host.ProgressAsync(lab.Id));
    }

    /// <summary>HR drafts the action plan (a risk left without a measure and without a reason is refused); management sends it back once, then approves it.</summary>
    private static async Task ActAsync(LabStoryHost host, Lab lab)
    {
        // Day 85 is Tuesday 20 April.
        var act = await host.OpenTaskAsync(lab.Id, "act");
        LabStoryAssert.Task(act, "Åtgärda: utkast till handlingsplan", assignee: Hanna, informed: [Kim, Lo, Sam], due: D(2027, 4, 20));
        var notTheirs = await Assert.ThrowsAsync<LabDomainException>(() => host.TryCompleteAsync(Sam, act, Parse("{}")));
        Assert.Equal($"Task {act.Id} is assigned to someone else; only they can complete it.", notTheirs.Message);

        await host.AtAsync(D(2027, 4, 15), T(14, 0));
        var typed = Parse($$"""
            {
              "risks": [
                { "description": "Deltidsanställda får sämre scheman.", "area": "workingConditions", "measure": "Schemaläggning efter önskemål för alla." },
                { "description": "Annonser når inte sökande med utländsk bakgrund.", "area": "recruitment" },
                {
                  "description": "Föräldralediga missar kompetensutveckling.", "area": "parenthood",
                  "measure": "Utbildningar spelas in.", "kind": "promotive", "responsible": "{{Hanna.Id}}",
                  "start": "2027-09-01", "end": "2027-06-30"
                }
              ]
            }
            """);
        var refused = await host.TryCompleteAsync(Hanna, act, typed);
        Assert.Equal(TaskCompletionStatus.Invalid, refused.Status);
        Assert.Equal("6 answers need fixing before task 'Åtgärda: utkast till handlingsplan' can be completed.", refused.Message);
        Assert.Equal(
            [
                "risks[0].kind: Fyll i när risken har en åtgärd.",
                "risks[0].responsible: Fyll i när risken har en åtgärd.",
                "risks[0].start: Fyll i när risken har en åtgärd.",
                "risks[0].end: Fyll i när risken har en åtgärd.",
                "risks[1].measure: Ange en åtgärd, eller dokumentera skälet till att risken lämnas utan åtgärd.",
                "risks[2].end: Slutdatumet kan inte vara före startdatumet.",
            ],
            LabStoryHost.Shown(refused.Errors));
        Assert.Equal(
            ["measureOrReason", "endBeforeStart"],
            refused.Errors.Where(e => e.Path.StartsWith("risks[1]", StringComparison.Ordinal) || e.Path.StartsWith("risks[2]", StringComparison.Ordinal)).Select(e => e.Code));
        var kept = await host.OpenTaskAsync(lab.Id, "act");
        Assert.True(JsonNode.DeepEquals(typed, kept.Draft));

        // The second risk is documented as left without a measure; the others get a measure each.
        var done = await host.CompleteAsync(Hanna, kept, ActionPlan);
        Assert.Equal(3, done.Answers!["risks"]!.AsArray().Count);

        // Day 90 is Sunday 25 April: the gate is due on Friday the 23rd. Management sends the plan back once.
        var gate = await host.OpenTaskAsync(lab.Id, "actionPlanGate");
        LabStoryAssert.Task(gate, "Godkänn handlingsplanen", assignee: Sam, informed: [Hanna, Kim, Lo], due: D(2027, 4, 23));
        await host.CompleteAsync(Sam, gate, Parse("""{ "comment": "Ange en indikator för inspelningarna." }"""), "SendBack");
        Assert.Equal(["act"], await host.OpenStepsAsync(lab.Id));
        await host.CompleteAsync(Hanna, lab.Id, "act", ActionPlan);
        await host.CompleteAsync(Sam, lab.Id, "actionPlanGate", Parse("""{ "comment": "Godkänd." }"""), "Approve");
        Assert.Equal("investigate=Done, analyse=Done, act=Done, follow-up=Active", await host.ProgressAsync(lab.Id));
        Assert.Empty(await host.OpenStepsAsync(lab.Id));
    }

    private static JsonObject ActionPlan => Parse($$"""
            {
              "risks": [
                {
                  "description": "Deltidsanställda får sämre scheman.", "area": "workingConditions",
                  "measure": "Schemaläggning efter önskemål för alla.", "kind": "preventive", "responsible": "{{Kim.Id}}",
                  "start": "2027-05-03", "end": "2027-08-31", "indicator": "Andel deltidare nöjda med schemat"
                },
                {
                  "description": "Annonser når inte sökande med utländsk bakgrund.", "area": "recruitment",
                  "reasonWithoutMeasure": "Åtgärdas i labbet om jämlik rekrytering till elevhälsan."
                },
                {
                  "description": "Föräldralediga missar kompetensutveckling.", "area": "parenthood",
                  "measure": "Utbildningar spelas in.", "kind": "promotive", "responsible": "{{Hanna.Id}}",
                  "start": "2027-05-03", "end": "2027-06-30"
                }
              ]
            }
            """);

    /// <summary>The 3-month follow-up appears on day 166, the evaluation on day 256; then next year's cycle is asked for.</summary>
    private static async Task FollowUpAndEvaluateAsync(LabStoryHost host, Lab lab)
    {
        // Day 166 is Saturday 10 July: the follow-up appears at 08:00; due on day 180, Saturday 24 July: Friday the 23rd.
        await host.AtAsync(D(2027, 7, 10), T(7, 59));
        Assert.Empty(await host.OpenStepsAsync(lab.Id));
        await host.AtAsync(D(2027, 7, 10), T(8, 0));
        var followUp = await host.OpenTaskAsync(lab.Id, "followUp3");
        LabStoryAssert.Task(followUp, "Uppföljning 3 månader", assignee: Hanna, informed: [Kim, Lo], due: D(2027, 7, 23));
        await host.AtAsync(D(2027, 7, 19), T(10, 0));
        await host.CompleteAsync(Hanna, followUp, Parse("""
            {
              "measures": [
                { "measure": "Schemaläggning efter önskemål för alla.", "status": "ongoing", "indicatorResult": "62 % nöjda (mål 80 %)" },
                { "measure": "Utbildningar spelas in.", "status": "done" }
              ]
            }
            """));

        await host.AtAsync(D(2027, 10, 8), T(7, 59));
        Assert.Empty(await host.OpenStepsAsync(lab.Id));
        await host.AtAsync(D(2027, 10, 8), T(8, 0));
        var evaluate = await host.OpenTaskAsync(lab.Id, "evaluate");
        LabStoryAssert.Task(evaluate, "Uppföljning och utvärdering 6 månader", assignee: Hanna, informed: [Kim, Lo, Sam], due: D(2027, 10, 22));
        await host.AtAsync(D(2027, 10, 20), T(10, 0));
        await host.CompleteAsync(Hanna, evaluate, Parse("""
            {
              "analysisHeld": "yes", "measuresEvaluable": "partly", "cooperationWorked": "yes",
              "lessons": "Indikatorerna behöver bestämmas redan i analysen."
            }
            """));

        Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(lab.Id)).Status);
        Assert.Equal("investigate=Done, analyse=Done, act=Done, follow-up=Done", await host.ProgressAsync(lab.Id));
        Assert.Equal(
            ["Fia Facilitator: Aktiva åtgärder: dags att planera nästa års cykel", "Hanna HR: Aktiva åtgärder: dags att planera nästa års cykel"],
            await host.EmailsAsync(lab.Id, EmailTemplates.Custom));
    }

    private static async Task AssertHiddenFromAnotherAdministrationAsync(LabStoryHost host, LabTask task)
    {
        var hidden = await Assert.ThrowsAsync<LabDomainException>(() => host.SeeTaskAsync(Ola, task.Id));
        Assert.Equal((LabErrors.Forbidden, $"You cannot see task {task.Id}: it belongs to work (a lab, a conference …) of another administration, or you are not among its people."), (hidden.Code, hidden.Message));
        var refused = await Assert.ThrowsAsync<LabDomainException>(() => host.TryCompleteAsync(Ola, task, Investigation));
        Assert.Equal((LabErrors.Forbidden, $"You cannot see task {task.Id}: it belongs to work (a lab, a conference …) of another administration, or you are not among its people."), (refused.Code, refused.Message));
        Assert.Empty(await host.TasksOfAsync(Ola));
        Assert.True((await host.OpenTaskAsync(task.LabId, task.ActivityId!)).Draft is null);
    }

    private static JsonObject Investigation => Parse("""
        {
          "areas": ["workingConditions", "recruitment", "parenthood"],
          "groundsConsidered": {
            "sex": { "checked": true }, "transgenderIdentity": { "checked": true }, "ethnicity": { "checked": true },
            "religion": { "checked": true }, "disability": { "checked": true },
            "sexualOrientation": { "checked": true, "comment": "Inga risker hittades i enkäten." }, "age": { "checked": true }
          },
          "cooperationPartner": [ { "name": "Eva Ombud", "organisation": "Vision" } ],
          "cooperationDate": "2027-02-08",
          "methods": ["survey", "workplaceMeeting", "documentReview"],
          "documentsReviewed": "Rekryteringsriktlinjen, schemaprinciperna.",
          "risks": [
            { "description": "Deltidsanställda får sämre scheman.", "area": "workingConditions", "ground": ["sex"], "source": "survey" },
            { "description": "Annonser når inte sökande med utländsk bakgrund.", "area": "recruitment", "ground": ["ethnicity"], "source": "documentReview" },
            { "description": "Föräldralediga missar kompetensutveckling.", "area": "parenthood", "ground": ["sex", "age"], "source": "workplaceMeeting" }
          ]
        }
        """);

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static TimeOnly T(int hour, int minute) => new(hour, minute);
}
